namespace ComplianceBot.Bot.Browser;

/// <summary>
/// How this instance signs browsers in, fixed at start-up: the local page (Development with
/// BrowserSignIn:DangerouslyAllowLocalSignIn only), Entra OpenID Connect, or neither (Development without
/// credentials: the sign-in page says so). <paramref name="TenantId"/> is the tenant every session must carry.
/// </summary>
public sealed record BrowserSignInMode(bool Local, bool Entra, string TenantId)
{
    public bool Any => Local || Entra;

    public static BrowserSignInMode From(BrowserSignInOptions browser, Channel.TeamsOptions teams, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(browser);
        ArgumentNullException.ThrowIfNull(environment);
        var local = environment.IsDevelopment() && browser.DangerouslyAllowLocalSignIn;
        return new BrowserSignInMode(local, !local && BrowserSignIn.HasEntraCredentials(teams), BrowserSignIn.TenantOf(teams));
    }
}
