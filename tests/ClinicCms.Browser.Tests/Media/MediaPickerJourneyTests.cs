using System.Text.RegularExpressions;
using ClinicCms.Browser.Tests.Infrastructure;
using ClinicCms.Web.Tests.Features.Media;
using Microsoft.Playwright;
using SkiaSharp;
using static Microsoft.Playwright.Assertions;

namespace ClinicCms.Browser.Tests.Media;

/// <summary>
/// The journey of the media issue in a real browser: an editor uploads a photo, sets its alternative text and focal
/// point, picks it as a specialist's photo and publishes; a visitor then sees it on the profile with a srcset and the
/// alternative text. And a writer, who has no Media section, uploads and describes a photo from the picker itself.
/// </summary>
public sealed class MediaPickerJourneyTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const string SampleSpecialist = "4e8326c8-027f-47bb-935f-3ccd802939a5";
    private const string ProfileUrl = "/specialists/dr-sample-specialist-sample-profile/";
    private const string AltText = "Dr Anjali Sen, breast surgeon, smiling in the clinic's garden";

    [Fact]
    public async Task An_editor_uploads_a_photo_describes_it_sets_its_focal_point_picks_it_for_a_specialist_and_publishes()
    {
        site.SkipUnlessReady();
        var editor = await site.SignInAsync(BrowserSite.EditorEmail);

        // Upload with the file chooser of the Media section.
        await editor.GetByRole(AriaRole.Link, new() { Name = "Media", Exact = true }).ClickAsync();
        var chooser = await editor.RunAndWaitForFileChooserAsync(() => editor.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync());
        await chooser.SetFilesAsync(new FilePayload { Name = "dr-anjali-sen.jpg", MimeType = "image/jpeg", Buffer = TestImages.WithMark(1200, 800, 0.55f, 0.3f, SKEncodedImageFormat.Jpeg) });
        await Expect(editor.Locator("[data-upload-label]")).ToHaveTextAsync("1 file uploaded.");
        await Expect(editor.Locator("[data-upload-progress]")).ToHaveAttributeAsync("value", "100");
        var card = editor.Locator(".media-card", new() { HasText = "dr anjali sen" });
        await Expect(card.Locator(".media-badge")).ToHaveTextAsync("Needs alternative text");
        await BrowserSite.ScreenshotAsync(editor, "media-uploaded");

        // Alternative text, and the focal point: a click on the image, then one step right with the keyboard.
        await card.GetByRole(AriaRole.Link).ClickAsync();
        await editor.GetByRole(AriaRole.Textbox, new() { Name = "Alternative text" }).FillAsync(AltText);
        var image = await editor.Locator("[data-focal-area] img").BoundingBoxAsync();
        await editor.Mouse.ClickAsync(image!.X + image.Width * 0.55f, image.Y + image.Height * 0.3f);
        var left = editor.GetByRole(AriaRole.Spinbutton, new() { Name = "From the left (%)" });
        var clicked = double.Parse(await left.InputValueAsync(), System.Globalization.CultureInfo.InvariantCulture);
        await editor.Keyboard.PressAsync("ArrowRight");
        Assert.InRange(clicked, 54, 56);
        Assert.Equal(clicked + 1, double.Parse(await left.InputValueAsync(), System.Globalization.CultureInfo.InvariantCulture), 1);
        Assert.InRange(double.Parse(await editor.GetByRole(AriaRole.Spinbutton, new() { Name = "From the top (%)" }).InputValueAsync(), System.Globalization.CultureInfo.InvariantCulture), 29, 31);

        // The square crop (as high as the picture) moves right of the centre: (0.56 × 1200 − 400) / 400 ≈ 68%.
        var square = await editor.Locator("img[data-crop-width='800'][data-crop-height='800']").GetAttributeAsync("style");
        var position = Regex.Match(square!, @"object-position: ([\d.]+)% ([\d.]+)%");
        Assert.InRange(double.Parse(position.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 63, 73);
        Assert.Equal("50", position.Groups[2].Value);
        await BrowserSite.ScreenshotAsync(editor, "media-item");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(editor.Locator("[data-notice]")).ToHaveTextAsync("Saved.");

        // The specialist's Photo: Choose, find the photo by name, choose it, publish.
        await editor.GotoAsync($"/umbraco/section/content/workspace/document/edit/{SampleSpecialist}");
        var picker = editor.GetByRole(AriaRole.Group, new() { Name = "Photo" });
        await picker.GetByRole(AriaRole.Button, new() { Name = "Choose" }).ClickAsync();
        var dialog = editor.GetByRole(AriaRole.Dialog, new() { Name = "Choose media" });
        await dialog.GetByRole(AriaRole.Searchbox, new() { Name = "Search media by name" }).FillAsync("anjali");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "dr anjali sen" }).ClickAsync();
        await BrowserSite.ScreenshotAsync(editor, "media-picker-dialog");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Choose", Exact = true }).ClickAsync();
        await Expect(picker.Locator(".media-picker-name")).ToHaveTextAsync("dr anjali sen");
        await Expect(picker.Locator(".media-picker-alt")).ToHaveTextAsync("Alternative text: " + AltText);
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save and publish" }).ClickAsync();
        await Expect(editor.Locator("[data-notice]")).ToContainTextAsync("published");

        // A visitor sees the photo, cropped for the profile, with a srcset and the alternative text.
        var visitor = await (await site.Browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseUrl })).NewPageAsync();
        await visitor.GotoAsync(ProfileUrl);
        var photo = visitor.Locator("img.profile-photo");
        await Expect(photo).ToHaveAttributeAsync("alt", AltText);
        await Expect(photo).ToHaveAttributeAsync("srcset", new Regex(@"/media/\w+/dr-anjali-sen\.jpg\?crop=profile&width=160&v=\w+ 160w, .* 640w$"));
        Assert.True(await photo.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"));
        await BrowserSite.ScreenshotAsync(visitor, "specialist-profile");
    }

    [Fact]
    public async Task A_writer_uploads_a_photo_in_the_picker_describes_it_and_saves_the_draft()
    {
        site.SkipUnlessReady();
        var writer = await site.SignInAsync(BrowserSite.WriterEmail);
        await Expect(writer.GetByRole(AriaRole.Link, new() { Name = "Media", Exact = true })).ToHaveCountAsync(0);
        await writer.GotoAsync($"/umbraco/section/content/workspace/document/edit/{SampleSpecialist}");
        var picker = writer.GetByRole(AriaRole.Group, new() { Name = "Photo" });

        await picker.GetByRole(AriaRole.Button, new() { Name = "Choose" }).ClickAsync();
        var dialog = writer.GetByRole(AriaRole.Dialog, new() { Name = "Choose media" });
        var chooser = await writer.RunAndWaitForFileChooserAsync(() => dialog.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync());
        await chooser.SetFilesAsync(new FilePayload { Name = "dr-meera-das.png", MimeType = "image/png", Buffer = TestImages.Plain(SKEncodedImageFormat.Png, 800, 800) });
        await Expect(dialog.Locator("[data-dialog-selected]")).ToHaveTextAsync("Chosen: dr meera das");
        await dialog.GetByRole(AriaRole.Textbox, new() { Name = "Alternative text" }).FillAsync("Dr Meera Das");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save alternative text" }).ClickAsync();
        await Expect(dialog.Locator("[data-describe-status]")).ToHaveTextAsync("Saved.");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Choose", Exact = true }).ClickAsync();

        await Expect(picker.Locator(".media-picker-alt")).ToHaveTextAsync("Alternative text: Dr Meera Das");
        await writer.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(writer.Locator("[data-notice]")).ToHaveTextAsync("Saved.");
        await Expect(writer.GetByRole(AriaRole.Group, new() { Name = "Photo" }).Locator(".media-picker-name")).ToHaveTextAsync("dr meera das");
    }
}
