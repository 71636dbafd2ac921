using Microsoft.Playwright;

namespace ClinicCms.Browser.Tests;

/// <summary>
/// Starts Debian's chromium through Playwright (Playwright cannot download its own browser here). Outside CI a
/// missing chromium skips the browser tests with the reason; under CI (<c>CI</c> set) it fails them.
/// </summary>
public static class BrowserLauncher
{
    public static string? ExecutablePath =>
        new[] { Environment.GetEnvironmentVariable("CLINICCMS_CHROMIUM"), "/usr/bin/chromium" }.FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));

    /// <summary>How long an <c>Expect(...)</c> waits for the page to show what it checks.</summary>
    public const float ExpectTimeoutMs = 15_000;

    public const string MissingReason = "chromium is not installed (apt-get install chromium, or set CLINICCMS_CHROMIUM); browser tests run under CI";

    /// <summary>The browser, or null outside CI when there is no chromium (tests then skip with <see cref="MissingReason"/>).</summary>
    public static async Task<(IPlaywright Playwright, IBrowser Browser)?> LaunchAsync()
    {
        if (ExecutablePath is not { } chromium)
        {
            return string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
                ? null
                : throw new InvalidOperationException("chromium is required under CI: apt-get install chromium or set CLINICCMS_CHROMIUM");
        }

        // CI runs every test project at once on 2 cores: a page can take longer than Playwright's 5 s default to
        // show what a test expects. The checks are the same; only how long they wait before failing changes.
        Assertions.SetDefaultExpectTimeout(ExpectTimeoutMs);
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        return (playwright, browser);
    }
}
