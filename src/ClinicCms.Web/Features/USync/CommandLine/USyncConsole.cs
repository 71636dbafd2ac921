using Spectre.Console;

namespace ClinicCms.Web.Features.USync.CommandLine;

/// <summary>
/// How the command line shows a run: on a terminal, a live progress display and a results table (Spectre.Console);
/// when the output is redirected (CI, a pipe, a file), one plain line per item and per problem, in the
/// <c>file(line): error: message</c> form build tools understand.
/// </summary>
internal sealed class USyncConsole(TextWriter output, TextWriter error, bool interactive)
{
    public static USyncConsole ForProcess() =>
        new(Console.Out, Console.Error, !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive);

    public async Task<T> RunAsync<T>(string title, Func<IProgress<USyncProgress>, Task<T>> run)
    {
        if (!interactive)
        {
            return await run(new Progress<USyncProgress>(_ => { }));
        }

        return await AnsiConsole.Progress().AutoClear(true).StartAsync(async context =>
        {
            var task = context.AddTask(Markup.Escape(title), autoStart: true, maxValue: 1);
            task.IsIndeterminate = true;
            var result = await run(new SynchronousProgress(p =>
            {
                task.Description = Markup.Escape($"{title}: {p.Stage}");
                task.IsIndeterminate = p.Total == 0;
                if (p.Total > 0)
                {
                    task.MaxValue = p.Total;
                    task.Value = p.Done;
                }
            }));
            task.Value = task.MaxValue;
            task.StopTask();
            return result;
        });
    }

    public void Print(USyncRunResult result)
    {
        if (interactive)
        {
            PrintTable(result);
        }
        else
        {
            foreach (var row in result.Rows)
            {
                var details = row.Details.Length == 0 ? string.Empty : $" -- {row.Details}";
                output.WriteLine($"{row.Change}: {row.ItemType} \"{row.Name}\" ({row.File}){details}");
            }
        }

        foreach (var problem in result.Problems)
        {
            (problem.IsError ? error : output).WriteLine(problem.ToString());
        }

        var verb = result.Operation.ToString().ToLowerInvariant();
        var outcome = result.HasErrors
            ? $"{verb} refused: {result.Problems.Count(p => p.IsError)} error(s) in the files; nothing was changed"
            : $"{verb} {result.Folder}: {result.Summary}";
        output.WriteLine(outcome);
    }

    public void Error(string message) => error.WriteLine(message);

    private static void PrintTable(USyncRunResult result)
    {
        var table = new Table().AddColumns("Change", "Type", "Name", "File", "Details");
        foreach (var row in result.Rows)
        {
            var colour = row.Change switch
            {
                "Create" or "Created" => "green",
                "Update" or "Updated" => "yellow",
                "Delete" or "Conflict" => "red",
                _ => "grey",
            };
            table.AddRow(
                new Markup($"[{colour}]{Markup.Escape(row.Change)}[/]"),
                new Text(row.ItemType),
                new Text(row.Name),
                new Text(row.File),
                new Text(row.Details));
        }

        AnsiConsole.Write(table);
    }

    // Progress<T> posts to the thread pool; the live display wants updates in order, as they happen.
    private sealed class SynchronousProgress(Action<USyncProgress> report) : IProgress<USyncProgress>
    {
        public void Report(USyncProgress value) => report(value);
    }
}
