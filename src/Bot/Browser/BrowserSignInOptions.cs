using System.ComponentModel.DataAnnotations;

namespace ComplianceBot.Bot.Browser;

/// <summary>
/// The <c>BrowserSignIn</c> section (decision 122): the browser session that register exports (and the coming
/// workspace, issue 18) use. Entra OpenID Connect takes the bot's own registration from <c>Teams:*</c>.
/// </summary>
public sealed class BrowserSignInOptions
{
    public const string SectionName = "BrowserSignIn";

    /// <summary>
    /// Development only: a page listing the registers' people to sign in as, so the run command and the tests work
    /// offline. Refused at start-up, and answered 404, in every other environment (decision 115's rule).
    /// </summary>
    public bool DangerouslyAllowLocalSignIn { get; set; }

    /// <summary>How long a browser session lasts from sign-in; it does not slide.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "08:00:00", ErrorMessage = "BrowserSignIn:SessionLifetime must be between 1 minute and 8 hours.")]
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromMinutes(30);
}
