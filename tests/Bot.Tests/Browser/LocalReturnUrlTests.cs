using ComplianceBot.Bot.Browser;

namespace ComplianceBot.Bot.Tests.Browser;

/// <summary>The sign-in's return address stays on this host: no open redirect through /signin?returnUrl=.</summary>
public sealed class LocalReturnUrlTests
{
    [Theory]
    [InlineData("/exports", "/exports")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("/\t/evil.example", "/")]
    [InlineData("/\n/evil.example", "/")]
    [InlineData(" //evil.example", "/")]
    [InlineData("", "/")]
    public void LocalReturnUrl_OnlyAPathOnThisHost(string requested, string expected) =>
        Assert.Equal(expected, BrowserSignInEndpoints.LocalReturnUrl(requested));
}
