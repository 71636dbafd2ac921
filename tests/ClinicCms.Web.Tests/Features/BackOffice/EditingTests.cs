using System.Net;
using ClinicCms.Core.PropertyEditors;
using ClinicCms.Web.Data;
using ClinicCms.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicCms.Web.Tests.Features.BackOffice;

public sealed class EditingTests(BackOfficeApplication site) : IClassFixture<BackOfficeApplication>
{
    private static readonly Guid Contact = Guid.Parse("602861ee-c6c2-46c2-8747-0e564b89f63d");

    private static string Edit(Guid key) => "/umbraco/section/content/workspace/document/edit/" + key;

    [Fact]
    public async Task The_editor_form_follows_the_document_type_with_its_compositions_tabs_and_editors()
    {
        var editor = await site.SignInAsync(BackOfficeApplication.Editor);

        var page = await editor.GetAsync(Edit(StarterContent.ChemotherapyArticle));

        Assert.Equal(["Content", "Medical review", "SEO"], page.QuerySelectorAll(".document-tabs uui-tab").Select(t => t.TextContent.Trim()));
        Assert.NotNull(page.QuerySelector("#tab-content input[name='v.title']"));
        Assert.NotNull(page.QuerySelector("#tab-content textarea[name='v.summary']"));
        Assert.NotNull(page.QuerySelector("#tab-medicalReview input[type=date][name='v.lastReviewed'][value='2026-11-28']"));
        Assert.StartsWith("Dr Sample Specialist", page.QuerySelector("#tab-medicalReview select[name='v.reviewedBy'] option[selected]")!.TextContent);
        Assert.NotNull(page.QuerySelector("#tab-seo input[type=checkbox][name='v.hideFromSearchEngines']"));
        var labels = page.QuerySelectorAll("[data-block-list='v.sections'] .block-items .block-label").Select(l => l.TextContent.Trim()).ToList();
        Assert.Contains("What is chemotherapy?", labels);
        Assert.Contains("Targeting metastases (sub-section)", labels);
        Assert.Contains("No heading: continues the text above", labels);
        Assert.NotNull(page.QuerySelector("textarea[data-rte][name$='.body']"));
    }

    [Fact]
    public async Task Publishing_with_a_missing_title_shows_the_message_at_the_title_and_keeps_the_page_live()
    {
        var editor = await site.SignInAsync(BackOfficeApplication.Editor);
        var page = await editor.GetAsync(Edit(StarterContent.ChemotherapyArticle));

        var response = await editor.SubmitAsync(page, "#document-form", "Input.Action=publish", new() { ["v.title"] = "" });
        var result = await BackOfficeClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Please give the article a title.", result.QuerySelector("#problem-f-title .field-error")!.TextContent);
        Assert.Equal("true", result.QuerySelector("#f-v-title")!.GetAttribute("aria-invalid"));
        Assert.Contains("not published", result.QuerySelector("[data-notice]")!.TextContent);
        Assert.Contains("Effectiveness of chemotherapy", await site.CreateClient().GetStringAsync(StarterContent.ArticleUrl));
    }

    [Fact]
    public async Task A_save_based_on_an_older_version_is_refused_naming_who_saved_and_keeping_what_was_typed()
    {
        var priya = await site.SignInAsync(BackOfficeApplication.SecondEditor);
        var eddie = await site.SignInAsync(BackOfficeApplication.Editor);
        var hers = await priya.GetAsync(Edit(StarterContent.Specialists));
        var his = await eddie.GetAsync(Edit(StarterContent.Specialists));
        await priya.SubmitAsync(hers, "#document-form", "Input.Action=save", new() { ["v.introduction"] = "Priya's introduction" });

        var response = await eddie.SubmitAsync(his, "#document-form", "Input.Action=save", new() { ["v.introduction"] = "Eddie's introduction" });
        var result = await BackOfficeClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var conflict = result.QuerySelector(".conflict")!.TextContent;
        Assert.Contains("Priya from Marketing saved", conflict);
        Assert.Matches(@"\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC", conflict);
        Assert.Equal("Eddie's introduction", result.QuerySelector("textarea[name='v.introduction']")!.TextContent.Trim());
        Assert.Contains(result.QuerySelectorAll(".conflict td"), td => td.TextContent == "Priya's introduction");
        Assert.Equal("Priya's introduction", (await site.LatestAsync(StarterContent.Specialists)).Values.Get("introduction"));

        // Only an explicit choice overwrites the colleague's version.
        var overwrite = await eddie.SubmitAsync(result, "#document-form", result.QuerySelector("button[value^='overwrite:']")!.GetAttribute("name") + "=" + result.QuerySelector("button[value^='overwrite:']")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Redirect, overwrite.StatusCode);
        Assert.Equal("Eddie's introduction", (await site.LatestAsync(StarterContent.Specialists)).Values.Get("introduction"));
    }

    [Fact]
    public async Task Rich_text_is_sanitised_on_the_server()
    {
        var editor = await site.SignInAsync(BackOfficeApplication.Editor);
        var page = await editor.GetAsync(Edit(StarterContent.AboutUs));

        await editor.SubmitAsync(page, "#document-form", "Input.Action=save", new()
        {
            ["v.bodyText"] = "<p onclick=\"steal()\">Hello<script>alert(1)</script> <a href=\"javascript:alert(2)\">link</a> <a href=\"/contact/\">contact</a></p>",
        });

        var stored = RichTextValue.Parse((await site.LatestAsync(StarterContent.AboutUs)).Values.Get("bodyText")).Markup;
        Assert.DoesNotContain("script", stored, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", stored, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", stored, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<a href=\"/contact/\">contact</a>", stored);
        Assert.Contains("Hello", stored);
    }

    [Fact]
    public async Task Without_javascript_the_block_buttons_change_the_form_without_saving()
    {
        var editor = await site.SignInAsync(BackOfficeApplication.Editor);
        var page = await editor.GetAsync(Edit(StarterContent.ChemotherapyArticle));
        var labels = page.QuerySelectorAll(".block-label").Select(l => l.TextContent.Trim()).ToList();
        var second = page.QuerySelectorAll(".block")[1].GetAttribute("data-block-key");
        var version = (await site.LatestAsync(StarterContent.ChemotherapyArticle)).Version;

        var moved = await BackOfficeClient.ParseAsync(await editor.SubmitAsync(page, "#document-form", $"Input.Action=block-up|v.sections|{second}"));
        var added = await BackOfficeClient.ParseAsync(await editor.SubmitAsync(moved, "#document-form",
            "Input.Action=" + moved.QuerySelector("[data-block-add]")!.GetAttribute("value")));

        Assert.Equal([labels[1], labels[0], .. labels.Skip(2)], moved.QuerySelectorAll(".block-label").Select(l => l.TextContent.Trim()).ToList());
        Assert.Equal(labels.Count + 1, added.QuerySelectorAll(".block-items > .block").Length);
        Assert.Equal(version, (await site.LatestAsync(StarterContent.ChemotherapyArticle)).Version);

        // Saving the form as shown keeps the new order.
        await editor.SubmitAsync(moved, "#document-form", "Input.Action=save");
        var order = BlockListValue.Parse((await site.LatestAsync(StarterContent.ChemotherapyArticle)).Values.Get("sections")).Layout.Select(l => l.ContentKey.ToString()).ToList();
        Assert.Equal(second, order[0]);
    }

    [Fact]
    public async Task Saves_publishes_and_unpublishes_are_in_the_history_shown_on_the_node()
    {
        var editor = await site.SignInAsync(BackOfficeApplication.Editor);
        var page = await editor.GetAsync(Edit(Contact));
        await editor.SubmitAsync(page, "#document-form", "Input.Action=publish", new() { ["v.bodyText"] = "<p>Call us.</p>" });
        var published = await editor.GetAsync(Edit(Contact));
        await editor.SubmitAsync(published, "#unpublish-form", null);

        var audit = await site.InScopeAsync(s => s.GetRequiredService<CmsDbContext>().Audit.Where(a => a.NodeKey == Contact).OrderBy(a => a.Id).ToListAsync());
        var info = await editor.GetAsync(Edit(Contact));

        Assert.Equal(["Save", "Publish", "Unpublish"], audit.TakeLast(3).Select(a => a.Action));
        Assert.All(audit.TakeLast(3), a => Assert.Equal("Eddie Editor", a.UserName));
        var history = info.QuerySelectorAll(".history li").Select(li => li.TextContent.Squash()).ToList();
        Assert.StartsWith("Eddie Editor Unpublished", history[0]);
        Assert.StartsWith("Eddie Editor Published", history[1]);
        Assert.Equal("Draft", info.QuerySelector(".info-general dd")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await site.CreateClient().GetAsync("/contact/")).StatusCode);
    }

    [Fact]
    public async Task Rolling_back_saves_the_old_values_as_a_new_draft_and_leaves_the_live_page_alone()
    {
        var editor = await site.SignInAsync(BackOfficeApplication.Editor);
        var key = StarterContent.SampleSpecialist;
        var original = await site.LatestAsync(key);
        await editor.SubmitAsync(await editor.GetAsync(Edit(key)), "#document-form", "Input.Action=publish", new() { ["v.jobTitle"] = "Head of Breast Oncology" });

        var compare = await editor.GetAsync($"/umbraco/section/content/rollback/{key}?version={original.Version}");
        var response = await editor.SubmitAsync(compare, ".dialog-page form[method=post]", null);

        var latest = await site.LatestAsync(key);
        Assert.Contains(compare.QuerySelectorAll(".compare tr.changed th"), th => th.TextContent == "Job title");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(original.Version + 2, latest.Version);
        Assert.Equal(original.Values.Get("jobTitle"), latest.Values.Get("jobTitle"));
        Assert.Contains("Head of Breast Oncology", await site.CreateClient().GetStringAsync("/specialists/dr-sample-specialist-sample-profile/"));
        var last = await site.InScopeAsync(s => s.GetRequiredService<CmsDbContext>().Audit.Where(a => a.NodeKey == key).OrderBy(a => a.Id).LastAsync());
        Assert.Equal(("RollBack", $"Rolled back to version {original.Version}"), (last.Action, last.Comment));
    }

    [Fact]
    public async Task Preview_renders_the_draft_through_the_site_templates_for_signed_in_users_only_and_is_never_cached()
    {
        var editor = await site.SignInAsync(BackOfficeApplication.Editor);
        var page = await editor.GetAsync(Edit(StarterContent.Articles));
        await editor.SubmitAsync(page, "#document-form", "Input.Action=save", new() { ["v.introduction"] = "Draft introduction for review" });

        var preview = await editor.GetResponseAsync($"/umbraco/preview/{StarterContent.Articles}");
        var anonymous = await BackOfficeClient.Anonymous(site).Http.GetAsync($"/umbraco/preview/{StarterContent.Articles}");

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("no-store", preview.Headers.CacheControl!.ToString());
        Assert.Contains("Draft introduction for review", await preview.Content.ReadAsStringAsync());
        Assert.Contains("<footer", await preview.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.DoesNotContain("Draft introduction for review", await site.CreateClient().GetStringAsync("/articles/"));
    }
}
