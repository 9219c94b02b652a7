using System.Globalization;
using System.Runtime.CompilerServices;
using ComplianceBot.EndToEnd.Tests.Browser;
using ComplianceBot.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ComplianceBot.EndToEnd.Tests.Declarations;

/// <summary>Declaring a gift in Kazakh on the Playground's page in chromium, as a person does it (issue 4).</summary>
[Collection(EndToEndGroup.Name)]
public sealed class GiftDeclarationPageTests(BotFixture bot, PlaygroundFixture playground, BrowserFixture browser)
    : IClassFixture<PlaygroundFixture>, IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const string Cards = ".ac-adaptiveCard";
    private const string Composer = "[data-lexical-editor=\"true\"][role=\"textbox\"]";
    private LocaleProxy proxy = null!;

    public async Task InitializeAsync()
    {
        proxy = new LocaleProxy(bot.MessagesEndpoint, "kk-KZ");
        await playground.StartAsync(proxy.Endpoint, "e2e-browser-gift-kk");
    }

    public async Task DisposeAsync() => await proxy.DisposeAsync();

    [Fact]
    public Task DeclareGift_NegativeValueThenCorrected_ErrorKeepsTypedValuesThenReceiptAndMyDeclarations() => OnPageAsync(async page =>
    {
        await page.GotoAsync(playground.BaseAddress.ToString());
        await Assertions.Expect(page.GetByText("Connected.", new() { Exact = false }).First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await page.Locator(Composer).ClickAsync();
        await page.Keyboard.TypeAsync("мәзір");
        await page.Locator("button[aria-label=\"Send Message\"]").ClickAsync();
        var menu = page.Locator(Cards).Filter(new() { HasText = "Менің декларацияларым" }).Last;
        await menu.GetByRole(AriaRole.Button, new() { Name = "Сыйлықты декларациялау", Exact = true }).ClickAsync();

        var form = page.Locator(Cards).Filter(new() { HasText = "Сыйлықтың сипаттамасы" }).Last;
        await Assertions.Expect(form).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await form.GetByLabel("Сыйлық", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "маған берілді" });
        await form.GetByLabel("Сыйлық күні").FillAsync(Today().AddDays(-2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await form.GetByLabel("Екінші тарап: ұйым").FillAsync("Dala Supply LLP");
        await form.GetByLabel("Себебі").FillAsync("Келісімшартқа қол қою");
        await form.GetByLabel("Сыйлықтың сипаттамасы").FillAsync("Былғары портфель");
        await form.GetByLabel("Болжамды құны, теңге").FillAsync("-5");
        await form.GetByLabel("Сыйлық қазір қайда").SelectOptionAsync(new SelectOptionValue { Label = "менде" });
        await form.GetByRole(AriaRole.Button, new() { Name = "Жіберу", Exact = true }).ClickAsync();

        // Whether the page's own check or the bot's answers first, the message is beside the field and the typed values stay.
        var withError = page.Locator(Cards).Filter(new() { HasText = "Құнын теңгемен көрсетіңіз" }).Last;
        await Assertions.Expect(withError).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(withError.GetByLabel("Сыйлықтың сипаттамасы")).ToHaveValueAsync("Былғары портфель");
        await Assertions.Expect(withError.GetByLabel("Екінші тарап: ұйым")).ToHaveValueAsync("Dala Supply LLP");

        await withError.GetByLabel("Болжамды құны, теңге").FillAsync("25000");
        await withError.GetByRole(AriaRole.Button, new() { Name = "Жіберу", Exact = true }).ClickAsync();
        var receipt = page.Locator(Cards).Filter(new() { HasText = "Декларацияңыздың нөмірі" }).Last;
        await Assertions.Expect(receipt).ToBeVisibleAsync(new() { Timeout = 15_000 });
        var number = System.Text.RegularExpressions.Regex.Match(await receipt.InnerTextAsync(), @"G-\d{4}-\d{4}").Value;
        Assert.NotEmpty(number);

        await receipt.GetByRole(AriaRole.Button, new() { Name = "Менің декларацияларым", Exact = true }).ClickAsync();
        var mine = page.Locator(Cards).Filter(new() { HasText = number }).Filter(new() { HasText = "қаралуда" }).Last;
        await Assertions.Expect(mine).ToBeVisibleAsync(new() { Timeout = 15_000 });
    });

    private static DateOnly Today() =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Almaty")).DateTime);

    private Task OnPageAsync(Func<IPage, Task> test, [CallerMemberName] string testName = "") =>
        FailureEvidence.OnPageAsync(browser.Context, testName, test);
}
