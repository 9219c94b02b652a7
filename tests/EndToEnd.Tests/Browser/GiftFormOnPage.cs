using Microsoft.Playwright;
using static ComplianceBot.EndToEnd.Tests.Browser.KazakhTexts;

namespace ComplianceBot.EndToEnd.Tests.Browser;

/// <summary>
/// The gift declaration card as the Playground renders it (Fluent UI): inputs found by their Kazakh labels,
/// choice sets as comboboxes with options in a popup, the date as a picker whose day buttons are labelled
/// "1, November, 2026" and which opens on the current month.
/// </summary>
internal sealed class GiftFormOnPage(IPage page, ILocator card)
{
    public ILocator Card => card;

    // Not exact: a required field's label ends with " *".
    public ILocator Field(string labelKey) => card.GetByLabel(Declaration(labelKey));

    public ILocator Choice(string labelKey) => card.GetByRole(AriaRole.Combobox, new() { Name = Declaration(labelKey), Exact = true });

    public ILocator Counterparty => card.GetByRole(AriaRole.Checkbox, new() { Name = Declaration("Gift_Counterparty"), Exact = true });

    public async Task ChooseAsync(string labelKey, string optionKey)
    {
        await Choice(labelKey).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = Declaration(optionKey), Exact = true }).ClickAsync();
        await Assertions.Expect(Choice(labelKey)).ToHaveValueAsync(Declaration(optionKey));
    }

    /// <summary>Picks the first day of the month the picker opens on: never in the future, never before the form's minimum.</summary>
    public async Task PickFirstOfThisMonthAsync()
    {
        await Choice("Gift_Date").ClickAsync();
        var calendar = page.GetByRole(AriaRole.Dialog);
        var month = calendar.Locator("button:has(> span[aria-live])").First;
        await Assertions.Expect(month).ToBeVisibleAsync();
        var monthAndYear = (await month.InnerTextAsync()).Trim(); // "November 2026"
        var lastSpace = monthAndYear.LastIndexOf(' ');
        var day = $"1, {monthAndYear[..lastSpace]}, {monthAndYear[(lastSpace + 1)..]}";
        await calendar.GetByRole(AriaRole.Button, new() { Name = day, Exact = true }).ClickAsync();
        await Assertions.Expect(calendar).ToBeHiddenAsync();
        await Assertions.Expect(Choice("Gift_Date")).Not.ToHaveValueAsync("");
    }

    public async Task SubmitAsync() =>
        await card.GetByRole(AriaRole.Button, new() { Name = Declaration("Form_Submit"), Exact = true }).ClickAsync();
}
