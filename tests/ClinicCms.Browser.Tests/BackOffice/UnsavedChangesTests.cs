using ClinicCms.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ClinicCms.Browser.Tests.BackOffice;

/// <summary>Leaving a form with unsaved changes asks first; saving does not.</summary>
public sealed class UnsavedChangesTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const string Specialists = "8761a18c-16f0-41dc-a061-e2bdfcf94f0e";

    [Fact]
    public async Task Leaving_a_changed_form_asks_first_and_staying_keeps_the_changes()
    {
        site.SkipUnlessReady();

        var page = await site.SignInAsync(BrowserSite.EditorEmail);
        var editUrl = $"{site.BaseUrl}/umbraco/section/content/workspace/document/edit/{Specialists}";
        await page.GotoAsync(editUrl);
        var asked = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            asked.Add(dialog.Type);
            await dialog.DismissAsync();
        };

        await page.GetByRole(AriaRole.Textbox, new() { Name = "Introduction", Exact = true }).FillAsync("Not saved yet");
        await page.GetByRole(AriaRole.Link, new() { Name = "Content", Exact = true }).First.ClickAsync();

        Assert.Equal(["beforeunload"], asked);
        Assert.Equal(editUrl, page.Url);
        Assert.Equal("Not saved yet", await page.GetByRole(AriaRole.Textbox, new() { Name = "Introduction", Exact = true }).InputValueAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**?notice=saved");
        Assert.Single(asked);
    }
}
