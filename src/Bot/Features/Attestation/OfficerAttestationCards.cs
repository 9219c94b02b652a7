using System.Globalization;
using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Cards.Model;
using ComplianceBot.Bot.Resources.Attestation;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Attestation;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Features.Attestation;

/// <summary>The officer's cards: start a campaign, and its progress with refresh and close.</summary>
public sealed class OfficerAttestationCards(
    IStringLocalizer<AttestationStrings> text, RegisterClock clock, IOptions<AttestationOptions> options)
{
    public const string Everyone = "everyone";
    public const string ByDepartment = "departments";
    public const string YearInput = "year";
    public const string ScopeInput = "scope";
    public const string DepartmentsInput = "departments";

    /// <summary>Departments listed on the progress card; the rest are summed in one line.</summary>
    public const int MaxDepartmentsShown = 15;

    /// <summary>The start form; on an error it comes back with the message beside the field and the values kept.</summary>
    public AdaptiveCard StartForm(IReadOnlyList<string> departments, StartFormState? state = null)
    {
        state ??= new StartFormState(clock.Today.Year.ToString(CultureInfo.InvariantCulture), Everyone, "", null, null);
        var card = new AdaptiveCard { FallbackText = text.Require("Attestation_StartTitle") };
        card.Body.Add(AttestationCardParts.Heading(text.Require("Attestation_StartTitle")));
        var days = ((int)Math.Ceiling(options.Value.ReminderInterval.TotalDays)).ToString(CultureInfo.CurrentCulture);
        card.Body.Add(AttestationCardParts.Paragraph(text.Require("Attestation_StartIntro", days, options.Value.MaxReminders)));
        card.Body.Add(new NumberInput
        {
            Id = YearInput, Label = text.Require("Attestation_Year"), IsRequired = true, Min = AttestationCampaign.MinYear,
            Max = AttestationCampaign.MaxYear, ErrorMessage = text.Require("Attestation_YearError"),
            Value = decimal.TryParse(state.Year, NumberStyles.Integer, CultureInfo.InvariantCulture, out var year) ? year : null,
        });
        if (state.YearError is { } yearError)
        {
            card.Body.Add(AttestationCardParts.Error("yearError", yearError));
        }

        card.Body.Add(new ChoiceSetInput
        {
            Id = ScopeInput, Label = text.Require("Attestation_Scope"), IsRequired = true, Style = ChoiceInputStyle.Expanded,
            ErrorMessage = text.Require("Attestation_ScopeError"), Value = state.Scope,
            Choices = [new(text.Require("Attestation_ScopeEveryone"), Everyone), new(text.Require("Attestation_ScopeDepartments"), ByDepartment)],
        });
        card.Body.Add(new ChoiceSetInput
        {
            Id = DepartmentsInput, Label = text.Require("Attestation_Departments"), IsMultiSelect = true, Style = ChoiceInputStyle.Filtered,
            Value = state.Departments, Choices = [.. departments.Select(d => new Choice(d, d))],
        });
        if (state.DepartmentsError is { } departmentsError)
        {
            card.Body.Add(AttestationCardParts.Error("departmentsError", departmentsError));
        }

        card.Body.Add(new ActionSet { Actions = [CardActions.Execute(text.Require("Attestation_StartButton"), AttestationVerbs.Start, style: ActionStyle.Positive)] });
        return card;
    }

    public AdaptiveCard Progress(AttestationProgress progress, string? notice = null)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var c = progress.Campaign;
        return Progress(new CampaignView(c.Id, c.Year, c.Status, c.StartedAt, c.ClosedAt, c.Departments), progress.Overall, progress.ByDepartment, notice);
    }

    public AdaptiveCard Progress(
        CampaignView campaign, AttestationTally overall, IReadOnlyList<(string? Department, AttestationTally Tally)> departments, string? notice = null)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(overall);
        var card = new AdaptiveCard { FallbackText = text.Require("Attestation_ProgressTitle", campaign.Year) };
        card.Body.Add(AttestationCardParts.Heading(text.Require("Attestation_ProgressTitle", campaign.Year)));
        if (notice is not null)
        {
            card.Body.Add(new TextBlock(notice) { Wrap = true, Color = TextColor.Good });
        }

        var status = campaign.Status == CampaignStatus.Open
            ? text.Require("Attestation_StatusOpen", Date(campaign.StartedAt))
            : text.Require("Attestation_StatusClosed", Date(campaign.ClosedAt!.Value));
        var scope = campaign.Departments.Count == 0 ? text.Require("Attestation_ScopeEveryone") : string.Join(", ", campaign.Departments);
        card.Body.Add(AttestationCardParts.Paragraph(status));
        card.Body.Add(AttestationCardParts.Paragraph(text.Require("Attestation_ScopeLine", scope), subtle: true));
        card.Body.Add(new FactSet
        {
            Facts =
            [
                new(text.Require("Attestation_InScope"), Count(overall.Total)),
                new(text.Require("Attestation_Responded"), Count(overall.Responded)),
                new(text.Require("Attestation_NoConflictCount"), Count(overall.NoConflict)),
                new(text.Require("Attestation_DeclaredCount"), Count(overall.Declared)),
                new(text.Require("Attestation_Outstanding"), Count(overall.Outstanding)),
            ],
        });
        card.Body.Add(DepartmentFacts(departments));
        card.Body.Add(Buttons(campaign));
        return card;
    }

    private Container DepartmentFacts(IReadOnlyList<(string? Department, AttestationTally Tally)> departments)
    {
        var facts = departments.Take(MaxDepartmentsShown)
            .Select(d => new Fact(d.Department ?? text.Require("Attestation_NoDepartment"),
                $"{Count(d.Tally.Responded)} · {Count(d.Tally.Declared)} · {Count(d.Tally.Outstanding)}"))
            .ToList();
        var container = new Container { Spacing = Spacing.Medium, Items = [AttestationCardParts.Paragraph(text.Require("Attestation_ByDepartment"), subtle: true), new FactSet { Facts = facts }] };
        if (departments.Count > MaxDepartmentsShown)
        {
            container.Items.Add(AttestationCardParts.Paragraph(text.Require("Attestation_MoreDepartments", departments.Count - MaxDepartmentsShown), subtle: true));
        }

        return container;
    }

    private ActionSet Buttons(CampaignView campaign)
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal) { [AttestationVerbs.CampaignKey] = campaign.Id.ToString() };
        var set = new ActionSet { Actions = [CardActions.Execute(text.Require("Attestation_Refresh"), AttestationVerbs.Progress, data)] };
        if (campaign.Status == CampaignStatus.Open)
        {
            set.Actions.Add(CardActions.Execute(text.Require("Attestation_CloseButton"), AttestationVerbs.Close, data, ActionStyle.Destructive));
        }

        return set;
    }

    private string Date(DateTimeOffset at) => clock.DateOf(at).ToString("d", CultureInfo.CurrentCulture);

    private static string Count(int value) => value.ToString("N0", CultureInfo.CurrentCulture);
}

/// <summary>What the officer typed into the start form, and the errors to show beside the fields.</summary>
public sealed record StartFormState(string? Year, string? Scope, string? Departments, string? YearError, string? DepartmentsError);

/// <summary>What the progress card shows of a campaign.</summary>
public sealed record CampaignView(
    Guid Id, int Year, CampaignStatus Status, DateTimeOffset StartedAt, DateTimeOffset? ClosedAt, IReadOnlyList<string> Departments);
