using System.Net;
using ComplianceBot.Bot.Tests.Operations;
using ComplianceBot.Bot.Tests.Operations.Safety;

namespace ComplianceBot.Bot.Tests.Browser;

/// <summary>
/// Decision 122 with decision 115's rule: every environment but Development signs browsers in through Entra only.
/// The local sign-in switch stops start-up, the page answers 404, and start-up refuses to run without what the
/// authorization-code flow needs.
/// </summary>
public sealed class BrowserSignInStartupTests
{
    public static readonly TheoryData<string> NotDevelopment = new("Production", "Staging", "Acceptance");

    [Theory]
    [MemberData(nameof(NotDevelopment))]
    public async Task LocalSignIn_OutsideDevelopment_IsNotFoundAndSignInGoesToEntra(string environment)
    {
        using var entra = new FakeEntra();
        using var factory = new OperationsFactory(environment, ProductionSettings.Valid(), entra.Install);
        using var client = factory.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

        var page = await client.GetAsync("/signin/local?returnUrl=%2Fexports");
        var post = await client.PostAsync("/signin/local", BrowserSession.Form(("aad", "anyone")));
        var signIn = await client.GetAsync("/signin?returnUrl=%2Fexports");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("login.microsoftonline.com", signIn.Headers.Location?.Host);
        Assert.Equal("https://compliancebot.example.test/signin-oidc", Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(signIn.Headers.Location!.Query)["redirect_uri"]);
    }

    [Theory]
    [InlineData("Production", "BrowserSignIn:DangerouslyAllowLocalSignIn", "true")]
    [InlineData("Staging", "BrowserSignIn:DangerouslyAllowLocalSignIn", "true")]
    [InlineData("Production", "Teams:ClientSecret", "")]
    [InlineData("Production", "Declarations:PublicBaseUrl", "")]
    [InlineData("Production", "Declarations:PublicBaseUrl", "http://compliancebot.example.test")]
    public void Start_WithoutWhatEntraSignInNeeds_RefusesNamingTheSetting(string environment, string key, string value)
    {
        var settings = ProductionSettings.With(key, value);
        if (key == "Teams:ClientSecret")
        {
            // Still a valid channel credential, but none that can redeem an authorization code.
            settings["Teams:UseManagedIdentity"] = "true";
        }

        using var factory = new OperationsFactory(environment, settings);

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains($"Start-up refused in the {environment} environment", error.ToString(), StringComparison.Ordinal);
        Assert.Contains(key, error.ToString(), StringComparison.Ordinal);
        Assert.Contains("sign", error.ToString(), StringComparison.OrdinalIgnoreCase);
    }
}
