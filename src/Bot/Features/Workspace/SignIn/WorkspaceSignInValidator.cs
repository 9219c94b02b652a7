using ComplianceBot.Bot.Channel;
using ComplianceBot.Bot.Features.Declarations;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Features.Workspace.SignIn;

/// <summary>
/// Outside Development (whatever the environment is called, decision 115), with the tab's sign-in on, the app id URI
/// must be the one Teams asks Entra for: <c>api://{the bot's public host}/{Teams:AppId}</c>. Teams gives a tab a token
/// only when the URI's host is the tab's own domain, and this app accepts no other audience. Each refusal names the setting.
/// </summary>
internal sealed class WorkspaceSignInValidator(IConfiguration configuration, string environmentName) : IValidateOptions<WorkspaceSignInOptions>
{
    public ValidateOptionsResult Validate(string? name, WorkspaceSignInOptions options)
    {
        if (!options.TeamsTab || string.Equals(environmentName, Environments.Development, StringComparison.OrdinalIgnoreCase))
        {
            return ValidateOptionsResult.Success;
        }

        var prefix = $"Start-up refused in the {environmentName} environment (the production rules apply to every environment but Development): ";
        var teams = configuration.GetSection(TeamsOptions.SectionName).Get<TeamsOptions>() ?? new TeamsOptions();
        var publicBaseUrl = configuration.GetSection(DeclarationOptions.SectionName).Get<DeclarationOptions>()?.PublicBaseUrl;
        if (teams.AppId.Length == 0 || teams.TenantId.Length == 0 || publicBaseUrl is null)
        {
            return ValidateOptionsResult.Fail(prefix + "the Teams tab's sign-in (Workspace:TeamsTab) needs Teams:AppId, Teams:TenantId and "
                + "Declarations:PublicBaseUrl; set them, or Workspace:TeamsTab=false to reach the workspace by the browser's sign-in only.");
        }

        var appIdUri = options.EffectiveAppIdUri(teams.AppId, publicBaseUrl);
        var expected = $"api://{publicBaseUrl.Authority}/{teams.AppId}";
        return string.Equals(appIdUri, expected, StringComparison.OrdinalIgnoreCase)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(prefix + $"Workspace:AppIdUri is '{appIdUri}' but Teams asks for a token for {expected} "
                + "(the bot's public host from Declarations:PublicBaseUrl and Teams:AppId, as the manifest's webApplicationInfo.resource); "
                + "leave it empty or set it to that.");
    }
}
