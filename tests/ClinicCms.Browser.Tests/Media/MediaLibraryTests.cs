using ClinicCms.Browser.Tests.Infrastructure;
using ClinicCms.Web.Tests.Features.Media;
using Deque.AxeCore.Playwright;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SkiaSharp;
using static Microsoft.Playwright.Assertions;

namespace ClinicCms.Browser.Tests.Media;

/// <summary>
/// The Media section in a real browser: several files dropped at once (with the refused one named), the keyboard
/// alone through the media picker, and axe on the section, the item workspace and the picker's dialog.
/// </summary>
public sealed class MediaLibraryTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const string Article = "ba1ba528-a742-466a-a9be-b8d98b905a00";

    [Fact]
    public async Task Dropping_several_files_uploads_them_with_progress_and_names_the_refused_one()
    {
        site.SkipUnlessReady();
        var editor = await site.SignInAsync(BrowserSite.EditorEmail);
        await editor.GotoAsync("/umbraco/section/media");
        var requests = new List<string>();
        editor.Request += (_, request) => requests.Add(request.Method + " " + new Uri(request.Url).AbsolutePath);

        await DropAsync(editor, ".media-collection",
            ("ward-one.png", TestImages.Plain(SKEncodedImageFormat.Png, 640, 480)),
            ("ward-two.jpg", TestImages.Plain(SKEncodedImageFormat.Jpeg, 640, 480)),
            ("setup.png", TestImages.Executable()));

        await Expect(editor.Locator("[data-upload-label]")).ToHaveTextAsync("2 files uploaded, 1 file refused.");
        await Expect(editor.Locator(".upload-refused")).ToContainTextAsync("\"setup.png\" was not uploaded: its name says PNG image but its content is not a type");
        await Expect(editor.Locator(".media-card-name", new() { HasText = "ward one" })).ToHaveCountAsync(1);
        await Expect(editor.Locator(".media-card-name", new() { HasText = "ward two" })).ToHaveCountAsync(1);
        Assert.Equal(1, requests.Count(r => r == "POST /umbraco/management/api/v1/media/upload"));
        await BrowserSite.ScreenshotAsync(editor, "media-dropped");
    }

    [Fact]
    public async Task The_media_picker_works_with_the_keyboard_alone()
    {
        site.SkipUnlessReady();
        await UploadAsync("keyboard-hero.png");
        var editor = await site.SignInAsync(BrowserSite.EditorEmail);
        await editor.GotoAsync($"/umbraco/section/content/workspace/document/edit/{Article}");
        var picker = editor.GetByRole(AriaRole.Group, new() { Name = "Hero image" });

        await picker.GetByRole(AriaRole.Button, new() { Name = "Choose" }).FocusAsync();
        await editor.Keyboard.PressAsync("Enter");
        await editor.Keyboard.TypeAsync("keyboard hero");
        await editor.Keyboard.PressAsync("Enter");
        var item = editor.GetByRole(AriaRole.Button, new() { Name = "keyboard hero" });
        await item.WaitForAsync();
        for (var i = 0; i < 10 && !await item.EvaluateAsync<bool>("b => b === document.activeElement"); i++)
        {
            await editor.Keyboard.PressAsync("Tab");
        }

        await editor.Keyboard.PressAsync("Space");
        await Expect(item).ToHaveAttributeAsync("aria-pressed", "true");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Choose", Exact = true }).FocusAsync();
        await editor.Keyboard.PressAsync("Enter");

        await Expect(picker.Locator(".media-picker-name")).ToHaveTextAsync("keyboard hero");
        await Expect(picker.GetByRole(AriaRole.Button, new() { Name = "Choose" })).ToBeFocusedAsync();
        await editor.Keyboard.PressAsync("Shift+Tab");
        await editor.Keyboard.PressAsync("Enter");
        await Expect(picker.Locator(".media-picker-item")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_media_section_in_both_views_and_the_media_item_have_no_serious_accessibility_problems()
    {
        site.SkipUnlessReady();
        await UploadAsync("axe-grid.png");
        var editor = await site.SignInAsync(BrowserSite.EditorEmail);
        var errors = new List<string>();
        editor.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };

        await editor.GotoAsync("/umbraco/section/media");
        await Axe.AssertNoSeriousProblemsAsync(editor, "media-grid");
        await editor.GetByRole(AriaRole.Link, new() { Name = "List", Exact = true }).ClickAsync();
        await editor.Locator(".media-table").WaitForAsync();
        await Axe.AssertNoSeriousProblemsAsync(editor, "media-list");
        await editor.GetByRole(AriaRole.Link, new() { Name = "axe grid", Exact = true }).ClickAsync();
        await editor.Locator("[data-focal-point]").WaitForAsync();
        await Axe.AssertNoSeriousProblemsAsync(editor, "media-item");
        await editor.GotoAsync("/umbraco/section/media/recycle-bin");
        await Axe.AssertNoSeriousProblemsAsync(editor, "media-recycle-bin");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_media_picker_dialog_has_no_serious_accessibility_problems()
    {
        site.SkipUnlessReady();
        await UploadAsync("axe-dialog.png");
        var writer = await site.SignInAsync(BrowserSite.WriterEmail);
        await writer.GotoAsync($"/umbraco/section/content/workspace/document/edit/{Article}");

        await writer.GetByRole(AriaRole.Group, new() { Name = "Hero image" }).GetByRole(AriaRole.Button, new() { Name = "Choose" }).ClickAsync();
        await writer.GetByRole(AriaRole.Button, new() { Name = "axe dialog" }).ClickAsync();
        await writer.GetByRole(AriaRole.Textbox, new() { Name = "Alternative text" }).WaitForAsync();

        await Axe.AssertNoSeriousProblemsAsync(writer, "media-picker-dialog-open");
    }

    private async Task UploadAsync(string name)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var uploads = scope.ServiceProvider.GetRequiredService<Web.Features.Media.Uploads.MediaUploadService>();
        var result = await uploads.UploadAsync(Guid.Empty, name, new MemoryStream(TestImages.Plain(SKEncodedImageFormat.Png, 480, 320)), new Web.Features.Content.ContentUser(null, "Test"));
        Assert.True(result.Succeeded, result.Message);
    }

    // Drag and drop as the browser does it: a DataTransfer holding the files, dropped on the element.
    private static async Task DropAsync(IPage page, string selector, params (string Name, byte[] Content)[] files)
    {
        var transfer = await page.EvaluateHandleAsync(@"files => {
            const transfer = new DataTransfer();
            for (const f of files) {
                const bytes = Uint8Array.from(atob(f.content), c => c.charCodeAt(0));
                transfer.items.add(new File([bytes], f.name));
            }
            return transfer;
        }", files.Select(f => new { name = f.Name, content = Convert.ToBase64String(f.Content) }).ToArray());
        await page.DispatchEventAsync(selector, "dragenter", new { dataTransfer = transfer });
        await page.DispatchEventAsync(selector, "dragover", new { dataTransfer = transfer });
        await page.DispatchEventAsync(selector, "drop", new { dataTransfer = transfer });
    }
}
