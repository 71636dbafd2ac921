-- wrk script: requests the paths listed in the file named by BENCH_PATHS in turn, each thread from its own offset.
local paths = {}
local index = 0

function init(args)
  for line in io.lines(os.getenv("BENCH_PATHS")) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  index = math.random(#paths)
end

function request()
  index = index % #paths + 1
  return wrk.format("GET", paths[index])
end
