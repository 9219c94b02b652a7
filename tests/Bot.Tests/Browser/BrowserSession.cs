using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ComplianceBot.Bot.Tests.Browser;

/// <summary>
/// One browser against the test host: https (the session cookie is Secure-only), cookies kept, redirects not
/// followed so each step can be asserted. Knows the local sign-in page and the export page's form.
/// </summary>
internal sealed partial class BrowserSession : IDisposable
{
    private BrowserSession(HttpClient client)
    {
        Client = client;
    }

    public HttpClient Client { get; }

    public static BrowserSession Open(WebApplicationFactory<Program> app, string language = "en")
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return new BrowserSession(client);
    }

    /// <summary>Development's local sign-in: the page lists the person, and choosing them sets the session cookie.</summary>
    public async Task SignInLocallyAsync(string aad)
    {
        var page = await Client.GetStringAsync("/signin/local?returnUrl=%2Fexports");
        Assert.Contains($"value=\"{aad}\"", page, StringComparison.Ordinal);
        var response = await Client.PostAsync("/signin/local?returnUrl=%2Fexports", Form(("aad", aad), ("__af", AntiforgeryOf(page))));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/exports", response.Headers.Location?.OriginalString);
    }

    /// <summary>What the export page does: GET /exports, then POST the token with the page's antiforgery token.</summary>
    public async Task<HttpResponseMessage> DownloadAsync(string token)
    {
        var page = await Client.GetStringAsync("/exports");
        return await Client.PostAsync("/exports", Form(("token", token), ("__af", AntiforgeryOf(page))));
    }

    public static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    public static string AntiforgeryOf(string html)
    {
        var match = AntiforgeryField().Match(html);
        Assert.True(match.Success, "the page carries an antiforgery token");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public void Dispose() => Client.Dispose();

    [GeneratedRegex("name=\"__af\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
