using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace ComplianceBot.Bot.Browser;

/// <summary>A session cookie of another tenant (e.g. issued before Teams:TenantId changed) is dropped, never trusted.</summary>
internal static class BrowserSessionEvents
{
    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var mode = context.HttpContext.RequestServices.GetRequiredService<BrowserSignInMode>();
        if (BrowserIdentity.ObjectIdOf(context.Principal, mode.TenantId) is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(BrowserSignIn.CookieScheme);
        }
    }
}
