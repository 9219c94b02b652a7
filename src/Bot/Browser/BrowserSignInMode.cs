namespace ComplianceBot.Bot.Browser;

/// <summary>
/// How this instance signs browsers in, fixed at start-up: the local page (Development with
/// BrowserSignIn:DangerouslyAllowLocalSignIn only), Entra OpenID Connect, or neither (Development without
/// credentials: the sign-in page says so). <paramref name="TenantId"/> is the tenant every session must carry.
/// </summary>
public sealed record BrowserSignInMode(bool Local, bool Entra, string TenantId)
{
    public bool Any => Local || Entra;
}
