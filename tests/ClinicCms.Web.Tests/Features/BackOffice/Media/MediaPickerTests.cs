using System.Net;
using ClinicCms.Core.PropertyEditors;
using ClinicCms.Web.Tests.Features.Media;
using ClinicCms.Web.Tests.Infrastructure;
using SkiaSharp;
using static ClinicCms.Web.Tests.Features.BackOffice.Media.MediaSectionClient;

namespace ClinicCms.Web.Tests.Features.BackOffice.Media;

/// <summary>The media picker of the content editor, as the server renders it and reads it back.</summary>
public sealed class MediaPickerTests(MediaSectionApplication site) : IClassFixture<MediaSectionApplication>
{
    private static string EditContent(Guid key) => "/umbraco/section/content/workspace/document/edit/" + key;

    [Fact]
    public async Task The_photo_field_shows_the_picked_image_with_its_thumbnail_and_alt_text_instead_of_a_list_of_every_image()
    {
        var key = (await site.UploadAsync("dr-roy.jpg", TestImages.Plain(SKEncodedImageFormat.Jpeg, 600, 600))).Key!.Value;
        await site.MediaAsync(m => m.SetAltTextAsync(key, "Dr Roy in her consulting room", false, MediaTestExtensions.Editor));
        await site.EditAsync(StarterContent.SampleSpecialist, "photo", Picker(key));
        var writer = await site.SignInAsync(BackOfficeApplication.Writer);

        var page = await writer.GetAsync(EditContent(StarterContent.SampleSpecialist));

        var picker = page.QuerySelector("#f-v-photo")!;
        Assert.Empty(page.QuerySelectorAll("select[name='v.photo']"));
        Assert.Equal("group", picker.GetAttribute("role"));
        Assert.Equal("f-v-photo-label", picker.GetAttribute("aria-labelledby"));
        var item = picker.QuerySelector(".media-picker-item")!;
        Assert.Equal(key.ToString(), item.QuerySelector("input[type=hidden][name='v.photo']")!.GetAttribute("value"));
        Assert.Contains("rmode=crop", item.QuerySelector("img")!.GetAttribute("src"));
        Assert.Equal("Alternative text: Dr Roy in her consulting room", item.QuerySelector(".media-picker-alt").Text());
        Assert.Equal("1", picker.GetAttribute("data-max"));
        Assert.Equal("Image", picker.GetAttribute("data-types"));
        Assert.Equal("false", picker.GetAttribute("data-manage"));
    }

    [Fact]
    public async Task Saving_the_form_stores_the_picked_image_as_a_media_picker_value()
    {
        var key = (await site.UploadAsync("hero.png", TestImages.Plain(SKEncodedImageFormat.Png, 640, 360))).Key!.Value;
        await site.MediaAsync(m => m.SetAltTextAsync(key, null, isDecorative: true, MediaTestExtensions.Editor));
        var writer = await site.SignInAsync(BackOfficeApplication.Writer);
        var page = await writer.GetAsync(EditContent(StarterContent.ChemotherapyArticle));

        var saved = await writer.SubmitAsync(page, "#document-form", "Input.Action=save", new() { ["v.heroImage"] = key.ToString() });
        var picked = MediaPickerValue.Parse((await site.LatestAsync(StarterContent.ChemotherapyArticle)).Values.Get("heroImage"));
        var cleared = await writer.SubmitAsync(await writer.GetAsync(EditContent(StarterContent.ChemotherapyArticle)), "#document-form", "Input.Action=save", new() { ["v.heroImage"] = null });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal((key, "Image"), (picked.Single().MediaKey, picked.Single().MediaTypeAlias));
        Assert.Equal(HttpStatusCode.Redirect, cleared.StatusCode);
        Assert.Empty(MediaPickerValue.Parse((await site.LatestAsync(StarterContent.ChemotherapyArticle)).Values.Get("heroImage")));
    }

    [Fact]
    public async Task Publishing_a_page_whose_image_has_no_alt_text_is_refused_and_the_field_links_to_the_image()
    {
        var key = (await site.UploadAsync("undescribed.png", TestImages.Plain(SKEncodedImageFormat.Png, 640, 640))).Key!.Value;
        var editor = await site.SignInAsync(BackOfficeApplication.Editor);
        var page = await editor.GetAsync(EditContent(StarterContent.SampleSpecialist));

        var response = await editor.SubmitAsync(page, "#document-form", "Input.Action=publish", new() { ["v.photo"] = key.ToString() });
        var shown = await BackOfficeClient.ParseAsync(response);

        var problem = shown.QuerySelector("[data-notice] .problem-list a")!;
        Assert.Equal("#problem-f-photo", problem.GetAttribute("href"));
        Assert.Contains("has no alternative text", problem.Text());
        var field = shown.QuerySelector("#problem-f-photo")!;
        Assert.Equal("No alternative text", field.QuerySelector(".media-badge").Text());
        Assert.Equal(Edit(key), field.QuerySelector(".media-picker-actions a")!.GetAttribute("href"));
        Assert.StartsWith("Add alternative text", field.QuerySelector(".media-picker-actions a").Text());
        Assert.Equal(key, MediaPickerValue.Parse((await site.LatestAsync(StarterContent.SampleSpecialist)).Values.Get("photo")).Single().MediaKey);
    }
}
