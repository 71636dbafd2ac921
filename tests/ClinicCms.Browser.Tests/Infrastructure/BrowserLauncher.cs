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
