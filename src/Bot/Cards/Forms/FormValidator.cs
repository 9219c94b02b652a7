using ComplianceBot.Bot.Cards.Model;
using ComplianceBot.Bot.Resources;
using Microsoft.Extensions.Localization;

namespace ComplianceBot.Bot.Cards.Forms;

/// <summary>
/// Server-side validation of any form card. The client's own checks can be bypassed (and
/// the Action.Submit fallback has none), so every flow re-checks here: required, length,
/// number and date/time bounds, and that a choice is one offered — plus the flow's own rules.
/// On errors the same card comes back (Action.Execute refresh) with what the user typed.
/// </summary>
public sealed class FormValidator(IStringLocalizer<BotStrings> text)
{
    public const string ErrorIdSuffix = ".error";

    /// <param name="form">The form as the flow builds it; it is not changed.</param>
    /// <param name="values">The submitted values by input id (<see cref="FormValues.From"/>).</param>
    /// <param name="ruleErrors">The flow's own errors by input id; they win over the generic checks.</param>
    public FormValidationResult Validate(
        AdaptiveCard form,
        IReadOnlyDictionary<string, string?> values,
        IReadOnlyDictionary<string, string>? ruleErrors = null)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(values);
        var card = CardJson.Clone(form);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var rules = new InputRules(text);
        Walk(card.Body, input =>
        {
            var raw = input.Id is null ? null : values.GetValueOrDefault(input.Id);
            var error = rules.KeepAndCheck(input, raw);
            if (input.Id is not null && ruleErrors?.TryGetValue(input.Id, out var ruleError) == true)
            {
                error = ruleError;
            }

            if (error is not null && input.Id is not null)
            {
                errors[input.Id] = error;
            }

            return error;
        });

        if (errors.Count > 0)
        {
            card.Body.Insert(0, new TextBlock(text.Require("Validation_Summary"))
            {
                Wrap = true, Color = TextColor.Attention, Weight = TextWeight.Bolder,
            });
        }

        return new FormValidationResult(card, errors);
    }

    /// <summary>Visits every input in body order, inserting an error line after each that fails.</summary>
    private static void Walk(List<CardElement> elements, Func<CardInput, string?> check)
    {
        for (var i = 0; i < elements.Count; i++)
        {
            switch (elements[i])
            {
                case CardInput input when check(input) is { } error:
                    elements.Insert(++i, ErrorLine(input, error));
                    break;
                case Container container:
                    Walk(container.Items, check);
                    break;
                case ColumnSet columnSet:
                    columnSet.Columns.ForEach(column => Walk(column.Items, check));
                    break;
            }
        }
    }

    private static TextBlock ErrorLine(CardInput input, string error) => new(error)
    {
        Id = input.Id + ErrorIdSuffix,
        Wrap = true,
        Color = TextColor.Attention,
        Size = TextSize.Small,
        Spacing = Spacing.Small,
    };
}
