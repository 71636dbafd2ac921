using System.Net;
using ClinicCms.Core.Media;
using ClinicCms.Core.Published.Converters;
using ClinicCms.Web.Tests.Features.Media;
using ClinicCms.Web.Tests.Infrastructure;
using SkiaSharp;
using static ClinicCms.Web.Tests.Features.BackOffice.Media.MediaSectionClient;

namespace ClinicCms.Web.Tests.Features.BackOffice.Media;

/// <summary>The media item workspace: alt text (or Decorative), focal point and crops, details, "Used by", stale saves.</summary>
public sealed class MediaItemTests(MediaSectionApplication site) : IClassFixture<MediaSectionApplication>
{
    [Fact]
    public async Task Saving_alt_text_and_a_focal_point_stores_them_and_the_crop_previews_follow_the_point()
    {
        var key = await ImageAsync("dr-sen.jpg", 1200, 800);
        var editor = await site.SignInAsync(BackOfficeApplication.Editor);
        var page = await editor.GetAsync(Edit(key));

        var saved = await editor.SubmitAsync(page, "#media-form", "Input.Action=save", new()
        {
            ["Input.AltText"] = "Dr Sen at the clinic",
            ["Input.FocalLeft"] = "10",
            ["Input.FocalTop"] = "25",
        });
        var after = await editor.GetAsync(saved.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var values = (await site.LatestAsync(key)).Values;
        Assert.Equal("Dr Sen at the clinic", values.Get(MediaConventions.AltText));
        Assert.Equal((0.1m, 0.25m), ImageCropperConverter.Parse(values.Get(MediaConventions.FileProperty))!.FocalPoint is { } p ? (p.Left, p.Top) : default);
        Assert.Equal(("10", "25"), (after.QuerySelector("#focal-left")!.GetAttribute("value"), after.QuerySelector("#focal-top")!.GetAttribute("value")));
        var crops = after.QuerySelectorAll(".crop-preview img").ToDictionary(i => i.GetAttribute("data-crop-width") + "x" + i.GetAttribute("data-crop-height"), i => i.GetAttribute("style")!);
        Assert.Contains("object-position: 50% 0%", crops["1600x900"]);   // a 16:9 window as wide as the picture, moved to the top
        Assert.Contains("object-position: 0% 50%", crops["800x800"]);    // a square as high as the picture, moved to the left edge
        Assert.Contains("Saved.", after.QuerySelector("[data-notice]").Text());
    }

    [Fact]
    public async Task An_image_without_alt_text_that_is_not_decorative_is_not_saved_and_the_field_says_why()
    {
        var key = await ImageAsync("corridor.png", 640, 480);
        var editor = await site.SignInAsync(BackOfficeApplication.Editor);
        var before = await site.LatestAsync(key);
        var page = await editor.GetAsync(Edit(key));

        var refused = await editor.SubmitAsync(page, "#media-form", "Input.Action=save", new() { ["Input.Name"] = "Corridor", ["Input.AltText"] = " " });
        var shown = await BackOfficeClient.ParseAsync(refused);
        var decorative = await editor.SubmitAsync(page, "#media-form", "Input.Action=save", new() { ["Input.IsDecorative"] = "true" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Enter alternative text", shown.QuerySelector("#media-alt-text-error").Text());
        Assert.Equal("true", shown.QuerySelector("#media-alt-text")!.GetAttribute("aria-invalid"));
        Assert.Equal("Corridor", shown.QuerySelector("#media-name")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Redirect, decorative.StatusCode);
        Assert.Equal(before.Version + 1, (await site.LatestAsync(key)).Version);
        Assert.Equal("1", (await site.LatestAsync(key)).Values.Get(MediaConventions.IsDecorative));
    }

    [Fact]
    public async Task A_save_based_on_an_older_version_is_refused_with_who_saved_and_the_editor_can_save_over_it()
    {
        var key = await ImageAsync("garden.png", 640, 480);
        var eddie = await site.SignInAsync(BackOfficeApplication.Editor);
        var priya = await site.SignInAsync(BackOfficeApplication.SecondEditor);
        var eddiesPage = await eddie.GetAsync(Edit(key));
        var priyasPage = await priya.GetAsync(Edit(key));
        await priya.SubmitAsync(priyasPage, "#media-form", "Input.Action=save", new() { ["Input.AltText"] = "Priya's description" });

        var stale = await eddie.SubmitAsync(eddiesPage, "#media-form", "Input.Action=save", new() { ["Input.AltText"] = "Eddie's description" });
        var conflict = await BackOfficeClient.ParseAsync(stale);
        Assert.Equal("Priya's description", (await site.LatestAsync(key)).Values.Get(MediaConventions.AltText));
        var overwrite = conflict.QuerySelector(".conflict button[name='Input.Action']")!.GetAttribute("value");
        var saved = await eddie.SubmitAsync(conflict, "#media-form", "Input.Action=" + overwrite);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Priya from Marketing saved \"garden\"", conflict.QuerySelector(".conflict").Text());
        Assert.Equal("Eddie's description", conflict.QuerySelector("#media-alt-text").Text());
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Eddie's description", (await site.LatestAsync(key)).Values.Get(MediaConventions.AltText));
    }

    [Fact]
    public async Task The_item_shows_its_file_details_and_the_content_that_uses_it()
    {
        var key = await ImageAsync("portrait.jpg", 800, 1000);
        await site.MediaAsync(m => m.SetAltTextAsync(key, "Portrait", false, MediaTestExtensions.Editor));
        await site.EditAsync(StarterContent.SampleSpecialist, "photo", Picker(key), publish: true);
        var editor = await site.SignInAsync(BackOfficeApplication.Editor);

        var page = await editor.GetAsync(Edit(key));

        var usedBy = page.QuerySelector(".used-by li")!;
        Assert.Equal($"/umbraco/section/content/workspace/document/edit/{StarterContent.SampleSpecialist}", usedBy.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("(published and in the latest draft)", usedBy.Text());
        Assert.Contains("in photo", usedBy.Text());
        var details = page.QuerySelector(".info-general dl").Text();
        Assert.Contains("Image (JPG)", details);
        Assert.Contains("800 × 1000 px", details);
        Assert.Equal("800", page.QuerySelector(".focal-point-image img")!.GetAttribute("width"));
    }

    private async Task<Guid> ImageAsync(string name, int width, int height) =>
        (await site.UploadAsync(name, TestImages.Plain(name.EndsWith(".png", StringComparison.Ordinal) ? SKEncodedImageFormat.Png : SKEncodedImageFormat.Jpeg, width, height))).Key!.Value;
}
