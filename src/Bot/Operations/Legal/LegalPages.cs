namespace ComplianceBot.Bot.Operations.Legal;

/// <summary>
/// The privacy and terms pages the Teams manifest links to (developer.privacyUrl and
/// termsOfUseUrl must be reachable on the bot's domain). Static, trilingual, unauthenticated.
/// </summary>
internal static class LegalPages
{
    public const string PrivacyPath = "/privacy";
    public const string TermsPath = "/terms";

    // Plain request delegates, like /api/messages (decision 110): no minimal-API binder to build.
    public static IEndpointRouteBuilder MapLegalPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(PrivacyPath, Page(PrivacyPage.Html)).AllowAnonymous();
        endpoints.MapGet(TermsPath, Page(TermsPage.Html)).AllowAnonymous();
        return endpoints;
    }

    private static RequestDelegate Page(string html)
    {
        var page = Results.Content(html, "text/html; charset=utf-8");
        return page.ExecuteAsync;
    }
}
