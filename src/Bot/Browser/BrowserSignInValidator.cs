using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Browser;

/// <summary>
/// Outside Development (whatever the environment is called, decision 115) the browser sign-in must be Entra's:
/// the local sign-in is refused, and the credentials the authorization-code flow needs must be there. Each
/// refusal names the setting to fix.
/// </summary>
internal sealed class BrowserSignInValidator(IConfiguration configuration, string environmentName) : IValidateOptions<BrowserSignInOptions>
{
    public ValidateOptionsResult Validate(string? name, BrowserSignInOptions options)
    {
        if (string.Equals(environmentName, Environments.Development, StringComparison.OrdinalIgnoreCase))
        {
            return ValidateOptionsResult.Success;
        }

        var prefix = $"Start-up refused in the {environmentName} environment (the production rules apply to every environment but Development): ";
        var failures = new List<string>();
        if (options.DangerouslyAllowLocalSignIn)
        {
            failures.Add(prefix + "BrowserSignIn:DangerouslyAllowLocalSignIn=true lets anyone choose whom to sign in as; set it to false.");
        }

        var teams = configuration.GetSection(Channel.TeamsOptions.SectionName).Get<Channel.TeamsOptions>() ?? new Channel.TeamsOptions();
        if (!BrowserSignIn.HasEntraCredentials(teams))
        {
            failures.Add(prefix + "browser sign-in (Entra OpenID Connect, for register exports) needs Teams:AppId, Teams:TenantId and Teams:ClientSecret: "
                + "the app registration's client secret redeems the authorization code (a certificate or managed identity alone is not used for it).");
        }

        var baseUrl = configuration[$"{Features.Declarations.DeclarationOptions.SectionName}:PublicBaseUrl"];
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            failures.Add(prefix + "Declarations:PublicBaseUrl must be the bot's https address: export links point there and "
                + "{PublicBaseUrl}/signin-oidc is the sign-in redirect URI registered on the app.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
