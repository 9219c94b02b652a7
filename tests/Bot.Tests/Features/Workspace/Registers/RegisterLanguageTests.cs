using System.Net;
using ComplianceBot.Bot.Tests.Browser;

namespace ComplianceBot.Bot.Tests.Features.Workspace.Registers;

/// <summary>
/// Decision 145: the attestation, trainings and participation pages speak kk, ru and en (the tab's locale), and every
/// register page carries the same five tabs, the current one marked.
/// </summary>
public sealed class RegisterLanguageTests(RegistersHost host) : IClassFixture<RegistersHost>
{
    [Theory]
    [InlineData("kk-KZ", "attestation", "Аттестаттау тізілімі", "Қатысу тізілімі")]
    [InlineData("ru-RU", "trainings", "Реестр обучений", "Реестр аттестации")]
    [InlineData("en-US", "participation", "Participation register", "Training register")]
    [InlineData("kk-KZ", "trainings", "Оқыту тізілімі", "Сыйлықтар тізілімі")]
    [InlineData("ru-RU", "participation", "Реестр участия", "Реестр конфликтов интересов")]
    [InlineData("en-US", "attestation", "Attestation register", "Gift register")]
    public async Task ThePage_IsInThePersonsLanguage_WithTheFiveTabs(string locale, string register, string title, string anotherTab)
    {
        var officer = await host.AddPersonAsync("Language Officer", officer: true);
        using var browser = BrowserSession.Open(host);
        await browser.SignInLocallyAsync(officer);

        // The tab's locale (Teams and Outlook fill it) chooses the language, before the person's own choice (decision 138).
        var response = await browser.Client.GetAsync($"/workspace/registers/{register}?locale={locale}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<h1 tabindex=\"-1\">{title}</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"aria-current=\"page\">{title}</a>", html, StringComparison.Ordinal);
        Assert.Contains($">{anotherTab}</a>", html, StringComparison.Ordinal);
        foreach (var slug in new[] { "gifts", "conflicts", "attestation", "trainings", "participation" })
        {
            Assert.Contains($"href=\"/workspace/registers/{slug}\"", html, StringComparison.Ordinal);
        }
    }
}
