using System.Diagnostics.Metrics;
using System.Net;
using ClinicCms.Core.PropertyEditors;
using ClinicCms.Web.Features.Media.Processing;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace ClinicCms.Web.Tests.Features.Media;

/// <summary>
/// The test image is 1600×1200 with a 60 px red square centred at 90% across and half way down. A centred crop to a
/// square or a portrait would cut the square off; a crop around the focal point must keep it.
/// </summary>
public sealed class ImageProcessingTests(MediaApplication site) : IClassFixture<MediaApplication>
{
    private static readonly byte[] Marked = TestImages.WithMark(1600, 1200, 0.9f, 0.5f, markSize: 60);

    [Fact]
    public async Task A_crop_has_the_requested_size_and_keeps_the_focal_point_of_the_url_in_frame()
    {
        var url = (await site.UploadAsync("marked.png", Marked)).Url!;

        var image = await GetBytesAsync($"{url}?width=320&height=640&rxy=0.9,0.5");

        Assert.Equal((320, 640), TestImages.SizeOf(image));
        // The window is 600 px wide, pushed to the right edge (1000–1600); the mark's centre 1440 lands at (1440-1000)×0.533.
        Assert.True(TestImages.IsMark(TestImages.PixelAt(image, 235, 320)));
    }

    [Fact]
    public async Task A_named_crop_uses_the_data_type_size_and_the_image_focal_point()
    {
        var upload = await site.UploadAsync("marked-profile.png", Marked);
        var centred = await GetBytesAsync($"{upload.Url}?crop=profile&width=480");
        Assert.DoesNotContain(Enumerable.Range(0, 480), x => TestImages.IsMark(TestImages.PixelAt(centred, x, 240)));

        await site.MediaAsync(m => m.SetFocalPointAsync(upload.Key!.Value, new FocalPoint(0.9m, 0.5m), MediaTestExtensions.Editor));
        var focused = await GetBytesAsync($"{upload.Url}?crop=profile&width=480");

        Assert.Equal((480, 480), TestImages.SizeOf(focused));
        Assert.True(TestImages.IsMark(TestImages.PixelAt(focused, 416, 240)));
    }

    [Theory]
    [InlineData("crop=hero&width=800", 800, 450)]
    [InlineData("crop=card&width=640", 640, 480)]
    [InlineData("width=640", 640, 480)]
    [InlineData("height=480", 640, 480)]
    [InlineData("width=640&height=640&rmode=max", 640, 480)]
    [InlineData("width=640&height=640&rmode=pad", 640, 640)]
    [InlineData("width=800&height=450&rxy=0.4,0.3", 800, 450)]
    public async Task Resized_images_have_the_requested_dimensions(string query, int width, int height)
    {
        var url = (await site.UploadAsync("sizes.jpg", TestImages.WithMark(1600, 1200, 0.5f, 0.5f, SKEncodedImageFormat.Jpeg))).Url!;

        Assert.Equal((width, height), TestImages.SizeOf(await GetBytesAsync($"{url}?{query}")));
    }

    [Fact]
    public async Task A_phone_photo_is_turned_upright_by_its_exif_orientation()
    {
        var url = (await site.UploadAsync("phone.jpg", TestImages.RotatedJpeg())).Url!;

        Assert.Equal((480, 640), TestImages.SizeOf(await GetBytesAsync($"{url}?width=480")));
    }

    [Theory]
    [InlineData("width=801")]
    [InlineData("height=5000")]
    [InlineData("width=800&height=451")]
    [InlineData("width=800&rmode=stretch")]
    [InlineData("width=800&rxy=2,0")]
    [InlineData("crop=banner")]
    [InlineData("width=800&quality=0")]
    public async Task A_size_or_option_the_site_does_not_generate_is_refused(string query)
    {
        var url = (await site.UploadAsync("refused.png", TestImages.Plain(SKEncodedImageFormat.Png))).Url!;

        var response = await site.CreateClient().GetAsync($"{url}?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_second_request_is_served_from_the_cache_without_processing_again()
    {
        var url = (await site.UploadAsync("cached.png", Marked)).Url! + "?width=640&height=480";
        using var processed = Count("cliniccms.media.images_processed");
        using var hits = Count("cliniccms.media.cache_hits");
        var client = site.CreateClient();

        var first = await client.GetAsync(url);
        var second = await client.GetAsync(url);

        Assert.Equal(1, processed.Total);
        Assert.Equal(1, hits.Total);
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.True(second.Headers.CacheControl!.Public);
        Assert.True(second.Headers.CacheControl.MaxAge >= TimeSpan.FromDays(7));

        var conditional = new HttpRequestMessage(HttpMethod.Get, url);
        conditional.Headers.IfNoneMatch.Add(second.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(conditional)).StatusCode);
        Assert.Equal(1, processed.Total);
    }

    [Fact]
    public async Task WebP_is_served_to_browsers_that_accept_it()
    {
        var url = (await site.UploadAsync("negotiated.jpg", TestImages.Plain(SKEncodedImageFormat.Jpeg, 800, 600))).Url! + "?width=320";
        var client = site.CreateClient();

        var plain = await client.GetAsync(url);
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("image/avif,image/webp,image/*;q=0.8");
        var modern = await client.SendAsync(request);

        Assert.Equal("image/jpeg", plain.Content.Headers.ContentType?.MediaType);
        Assert.Equal("image/webp", modern.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Accept", modern.Headers.Vary);
        Assert.NotEqual(plain.Headers.ETag, modern.Headers.ETag);
        Assert.Equal((320, 240), TestImages.SizeOf(await modern.Content.ReadAsByteArrayAsync()));
    }

    [Fact]
    public async Task Trashed_media_answers_404_original_and_processed_and_comes_back_when_restored()
    {
        var upload = await site.UploadAsync("to-trash.png", Marked);
        var client = site.CreateClient();
        var processed = upload.Url + "?width=320";
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(processed)).StatusCode); // now cached on disk

        var trashed = await site.TreeAsync(t => t.TrashAsync(upload.Key!.Value, MediaTestExtensions.Editor));

        Assert.True(trashed.Succeeded, trashed.Message);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(upload.Url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(processed)).StatusCode);

        await site.TreeAsync(t => t.RestoreAsync(upload.Key!.Value, MediaTestExtensions.Editor));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(processed)).StatusCode);
    }

    [Fact]
    public async Task A_file_in_the_media_folder_that_is_no_media_item_is_not_served()
    {
        Directory.CreateDirectory(Path.Combine(site.MediaRoot, "stray000"));
        await File.WriteAllBytesAsync(Path.Combine(site.MediaRoot, "stray000", "left-over.png"), TestImages.Plain(SKEncodedImageFormat.Png));

        Assert.Equal(HttpStatusCode.NotFound, (await site.CreateClient().GetAsync("/media/stray000/left-over.png")).StatusCode);
    }

    private async Task<byte[]> GetBytesAsync(string url)
    {
        var response = await site.CreateClient().GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadAsByteArrayAsync();
    }

    private CounterListener Count(string instrument) => new(site.Services.GetRequiredService<IMeterFactory>(), instrument);

    /// <summary>Adds up one counter of this site's <see cref="MediaMetrics"/> (not another test class's site).</summary>
    private sealed class CounterListener : IDisposable
    {
        private readonly MeterListener _listener = new();
        private long _total;

        public CounterListener(IMeterFactory factory, string instrument)
        {
            _listener.InstrumentPublished = (i, l) =>
            {
                if (i.Name == instrument && i.Meter.Name == MediaMetrics.MeterName && ReferenceEquals(i.Meter.Scope, factory))
                {
                    l.EnableMeasurementEvents(i);
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref _total, value));
            _listener.Start();
        }

        public long Total => Interlocked.Read(ref _total);

        public void Dispose() => _listener.Dispose();
    }
}
