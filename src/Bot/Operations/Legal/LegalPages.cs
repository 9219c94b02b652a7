namespace ComplianceBot.Bot.Operations.Legal;

/// <summary>
/// The privacy and terms pages the Teams manifest links to (developer.privacyUrl and
/// termsOfUseUrl must be reachable on the bot's domain). Static, trilingual, unauthenticated.
/// </summary>
internal static class LegalPages
{
    public const string PrivacyPath = "/privacy";
    public const string TermsPath = "/terms";

    public static IEndpointRouteBuilder MapLegalPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(PrivacyPath, () => Results.Content(PrivacyPage.Html, "text/html; charset=utf-8")).AllowAnonymous();
        endpoints.MapGet(TermsPath, () => Results.Content(TermsPage.Html, "text/html; charset=utf-8")).AllowAnonymous();
        return endpoints;
    }
}
