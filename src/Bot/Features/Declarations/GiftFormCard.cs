using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Cards.Model;
using ComplianceBot.Bot.Resources.Declarations;
using ComplianceBot.Domain.Gifts;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using static ComplianceBot.Bot.Features.Declarations.CardParts;

namespace ComplianceBot.Bot.Features.Declarations;

/// <summary>
/// The gift declaration form (Reg. 14.13, 24.5): every field of the gift register. Its limits (required,
/// value ≥ 0, date not in the future, lengths from <see cref="GiftDetails"/>) are what the server checks too.
/// </summary>
public sealed class GiftFormCard(IStringLocalizer<DeclarationStrings> text, DeclarationCalendar calendar, IOptions<DeclarationOptions> options)
{
    public const string Direction = "direction";
    public const string GiftDate = "giftDate";
    public const string Person = "otherPartyPerson";
    public const string Organisation = "otherPartyOrganisation";
    public const string Counterparty = "otherPartyIsCounterparty";
    public const string Occasion = "occasion";
    public const string Description = "description";
    public const string Value = "estimatedValueKzt";
    public const string Whereabouts = "whereabouts";
    public const string VersionKind = "versionKind";

    /// <summary>How far back a gift date may go: older dates are almost always typing errors.</summary>
    public const int OldestGiftYears = 5;

    /// <param name="amending">The declaration being supplemented or corrected; its current values pre-filled.</param>
    public AdaptiveCard Build(GiftView? amending = null)
    {
        var today = calendar.Today;
        var details = amending?.Details;
        var card = new AdaptiveCard();
        card.Body.Add(Heading(amending is null ? text.Require("Gift_Title") : text.Require("Gift_AmendTitle", amending.Number)));
        card.Body.Add(Paragraph(text.Require("Gift_Intro")));
        if (options.Value.HandOver().ThresholdKzt(today.Year) is { } threshold)
        {
            card.Body.Add(Paragraph(text.Require("Gift_Threshold", options.Value.GiftHandOverThresholdMci, Money(threshold), today.Year), subtle: true));
        }

        if (amending is not null)
        {
            card.Body.Add(VersionKindChoice(text));
        }

        card.Body.Add(Choice(Direction, "Gift_Direction", Enum.GetValues<GiftDirection>(), details?.Direction.ToString()));
        card.Body.Add(new DateInput
        {
            Id = GiftDate, Label = text.Require("Gift_Date"), IsRequired = true, ErrorMessage = text.Require("Gift_DateError"),
            Min = Iso(today.AddYears(-OldestGiftYears)), Max = Iso(today), Value = details is null ? null : Iso(details.GiftDate),
        });
        card.Body.Add(Text(Person, "Gift_Person", GiftDetails.PartyMaxLength, false, details?.OtherPartyPerson));
        card.Body.Add(Text(Organisation, "Gift_Organisation", GiftDetails.PartyMaxLength, false, details?.OtherPartyOrganisation));
        card.Body.Add(new ToggleInput
        {
            Id = Counterparty, Title = text.Require("Gift_Counterparty"), ValueOn = "true", ValueOff = "false",
            Value = details?.OtherPartyIsCounterparty == true ? "true" : "false",
        });
        card.Body.Add(Text(Occasion, "Gift_Occasion", GiftDetails.OccasionMaxLength, true, details?.Occasion));
        card.Body.Add(Text(Description, "Gift_Description", GiftDetails.DescriptionMaxLength, true, details?.Description, multiline: true));
        card.Body.Add(new NumberInput
        {
            Id = Value, Label = text.Require("Gift_Value"), IsRequired = true, ErrorMessage = text.Require("Gift_ValueError"),
            Min = 0, Max = 1_000_000_000_000m, Value = details?.EstimatedValueKzt,
        });
        card.Body.Add(Choice(Whereabouts, "Gift_Whereabouts", Enum.GetValues<GiftWhereabouts>(), details?.Whereabouts.ToString()));
        var data = amending is null ? null : new Dictionary<string, string> { [DeclarationVerbs.DeclarationIdKey] = amending.Id.ToString() };
        card.Actions = [CardActions.Execute(text.Require("Form_Submit"), DeclarationVerbs.GiftSubmit, data, ActionStyle.Positive)];
        return card;
    }

    /// <summary>
    /// The field-specific messages for the register's own rules (value ≥ 0, date not in the future), so the
    /// person reads what is wrong with THIS field rather than a generic bound.
    /// </summary>
    public IReadOnlyDictionary<string, string> RuleErrors(IReadOnlyDictionary<string, string?> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (decimal.TryParse(inputs.GetValueOrDefault(Value), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var value) && value < 0)
        {
            errors[Value] = text.Require("Gift_ValueError");
        }

        if (DateOnly.TryParseExact(inputs.GetValueOrDefault(GiftDate)?.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            && date > calendar.Today)
        {
            errors[GiftDate] = text.Require("Gift_DateError");
        }

        return errors;
    }

    internal static ChoiceSetInput VersionKindChoice(IStringLocalizer text) => new()
    {
        Id = VersionKind, Label = text.Require("Amend_Kind"), IsRequired = true, ErrorMessage = text.Require("Form_ChooseOne"),
        Style = ChoiceInputStyle.Expanded,
        Choices =
        [
            new(text.Require("VersionKind_Supplement"), nameof(Domain.Declarations.VersionKind.Supplement)),
            new(text.Require("VersionKind_Correction"), nameof(Domain.Declarations.VersionKind.Correction)),
        ],
    };

    private ChoiceSetInput Choice<T>(string id, string labelKey, IEnumerable<T> values, string? value)
        where T : struct, Enum => new()
        {
            Id = id, Label = text.Require(labelKey), IsRequired = true, ErrorMessage = text.Require("Form_ChooseOne"), Value = value,
            Choices = [.. values.Select(v => new Choice(text.Require($"{typeof(T).Name}_{v}"), v.ToString()))],
        };

    private TextInput Text(string id, string labelKey, int maxLength, bool required, string? value, bool multiline = false) => new()
    {
        Id = id, Label = text.Require(labelKey), MaxLength = maxLength, IsMultiline = multiline ? true : null, Value = value,
        IsRequired = required ? true : null, ErrorMessage = required ? text.Require("Form_Required") : null,
    };
}
