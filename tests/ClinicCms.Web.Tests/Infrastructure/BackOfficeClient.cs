using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ClinicCms.Web.Tests.Infrastructure;

/// <summary>
/// A browser without JavaScript: keeps cookies, follows redirects on GET, and submits the forms it is shown with the
/// fields they hold (antiforgery token included), so tests exercise the pages as a user's browser posts them.
/// </summary>
public sealed class BackOfficeClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public static BackOfficeClient Anonymous(CmsApplication site) =>
        new(site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));

    public static async Task<BackOfficeClient> SignInAsync(CmsApplication site, string email, string password)
    {
        var client = Anonymous(site);
        var response = await client.SignInAttemptAsync(email, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public async Task<HttpResponseMessage> SignInAttemptAsync(string email, string password)
    {
        var login = await GetAsync("/umbraco/login");
        return await SubmitAsync(login, "form", null, new() { ["Input.Email"] = email, ["Input.Password"] = password });
    }

    /// <summary>GETs a page, following redirects, and parses it.</summary>
    public async Task<IDocument> GetAsync(string url) => await ParseAsync(await GetResponseAsync(url));

    public async Task<HttpResponseMessage> GetResponseAsync(string url)
    {
        var response = await Http.GetAsync(url);
        for (var i = 0; i < 5 && response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther; i++)
        {
            response = await Http.GetAsync(response.Headers.Location);
        }

        return response;
    }

    /// <summary>Submits a form of the page as a browser would, pressing the button named <paramref name="button"/> (name=value).</summary>
    public async Task<HttpResponseMessage> SubmitAsync(IDocument page, string formSelector, string? button, Dictionary<string, string?>? changes = null, bool withToken = true, IDocument? tokenFrom = null)
    {
        var form = page.QuerySelector(formSelector) as IHtmlFormElement ?? throw new InvalidOperationException($"No form {formSelector} on {page.Url}.");
        var fields = FieldsOf(form);
        if (button is not null)
        {
            var (name, value) = button.Split('=', 2) is [var n, var v] ? (n, v) : (button, "");
            fields.Add(new(name, value));
        }

        foreach (var (name, value) in changes ?? [])
        {
            fields.RemoveAll(f => f.Key == name);
            if (value is not null)
            {
                fields.Add(new(name, value));
            }
        }

        if (tokenFrom?.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") is { } token)
        {
            // Another user's page gives the form; this user's own page gives the token (tokens belong to a user).
            fields.RemoveAll(f => f.Key == "__RequestVerificationToken");
            fields.Add(new("__RequestVerificationToken", token));
        }

        if (!withToken)
        {
            fields.RemoveAll(f => f.Key == "__RequestVerificationToken");
        }

        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : new Uri(page.Url).PathAndQuery;
        return await Http.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    /// <summary>Parses a response, keeping its address so that a form without an action posts back to it.</summary>
    public static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var address = response.RequestMessage?.RequestUri?.ToString() ?? "http://localhost/";
        return await Context.OpenAsync(r => r.Content(html).Address(address));
    }

    private static readonly IBrowsingContext Context = BrowsingContext.New(Configuration.Default);

    /// <summary>The form data set: named inputs, checked boxes, textareas and selected options; not buttons.</summary>
    public static List<KeyValuePair<string, string>> FieldsOf(IHtmlFormElement form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || element.Closest("template") is not null)
            {
                continue;
            }

            switch (element)
            {
                case IHtmlInputElement input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked)
                    {
                        fields.Add(new(name, input.Value));
                    }

                    break;
                case IHtmlInputElement input when input.Type is "submit" or "button":
                    break;
                case IHtmlInputElement input:
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement textArea:
                    fields.Add(new(name, textArea.Value));
                    break;
                case IHtmlSelectElement select:
                    fields.AddRange(select.Options.Where(o => o.IsSelected).Select(o => new KeyValuePair<string, string>(name, o.Value)));
                    break;
            }
        }

        return fields;
    }
}
