using System.Globalization;
using ComplianceBot.Bot.Cards.Forms;
using ComplianceBot.Bot.Cards.Model;
using ComplianceBot.Bot.Conversation.Routing;
using ComplianceBot.Bot.Resources.DomainRules;
using ComplianceBot.Domain;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Trainings;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Bot.Features.Trainings;

/// <summary>"outside training" / "сыртқы оқыту" / "внешнее обучение" → the form, for active officers only (Reg. 21).</summary>
internal sealed class OutsideTrainingTextRoute(OutsideTrainingFormSource forms) : ITextCommandRoute
{
    public IReadOnlyCollection<string> Commands { get; } =
        ["outside training", "external training", "сыртқы оқыту", "внешнее обучение", "внешний тренинг"];

    public async Task HandleAsync(ConversationTurn turn, CancellationToken cancellationToken) =>
        await turn.SendCardAsync(await forms.FormOrRefusalAsync(turn, cancellationToken), cancellationToken);
}

/// <summary>The officer panel's "Record outside training" button.</summary>
internal sealed class OutsideTrainingStartRoute(OutsideTrainingFormSource forms) : ICardActionRoute
{
    public string Verb => TrainingVerbs.OutsideStart;

    public async Task<CardActionResult> HandleAsync(CardActionRequest request, CancellationToken cancellationToken) =>
        CardActionResult.Post(await forms.FormOrRefusalAsync(request.Turn, cancellationToken));
}

/// <summary>The form with the register's people — and the officer, whose own training counts too (Reg. 21).</summary>
internal sealed class OutsideTrainingFormSource(
    OfficerRoster roster, RegistersDbContext db, RegisterClock clock, OutsideTrainingForm form, TrainingCards cards)
{
    private const int MaxPeopleChoices = 500;

    public async Task<AdaptiveCard> FormOrRefusalAsync(ConversationTurn turn, CancellationToken cancellationToken)
    {
        try
        {
            await roster.RequireActiveAsync(turn.Activity.From?.AadObjectId ?? "", cancellationToken);
        }
        catch (DomainRuleException)
        {
            return cards.OfficersOnly();
        }

        return await BuildAsync(turn.Activity.From?.AadObjectId ?? "", turn.Activity.From?.Name, cancellationToken);
    }

    public async Task<AdaptiveCard> BuildAsync(string officerId, string? officerName, CancellationToken cancellationToken)
    {
        var people = (await db.Employees.AsNoTracking().OrderBy(e => e.DisplayName).Take(MaxPeopleChoices)
            .Select(e => new { e.AadObjectId, e.DisplayName }).ToListAsync(cancellationToken))
            .Select(p => (p.AadObjectId, p.DisplayName)).ToList();
        if (officerId.Length > 0 && !people.Exists(p => p.AadObjectId == officerId))
        {
            people.Insert(0, (officerId, string.IsNullOrWhiteSpace(officerName) ? officerId : officerName));
        }

        return form.Build(clock.Today, people);
    }
}

/// <summary>The form's submit: validated like every form (error beside the field, values kept), then one history entry.</summary>
internal sealed class OutsideTrainingSubmitRoute(
    OutsideTrainingFormSource forms, FormValidator validator, OfficerRoster roster, RegistersDbContext db, RegisterClock clock,
    TrainingCards cards, DomainErrorText refusals) : ICardActionRoute
{
    public string Verb => TrainingVerbs.OutsideRecord;

    public async Task<CardActionResult> HandleAsync(CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var from = request.Turn.Activity.From;
        ActiveOfficer officer;
        try
        {
            officer = await roster.RequireActiveAsync(from?.AadObjectId ?? "", cancellationToken);
        }
        catch (DomainRuleException)
        {
            return CardActionResult.Replace(cards.OfficersOnly());
        }

        var form = await forms.BuildAsync(officer.AadObjectId, from?.Name, cancellationToken);
        string? Value(string id) => request.Inputs.GetValueOrDefault(id)?.Trim() is { Length: > 0 } v ? v : null;
        var ruleErrors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (DateOnly.TryParseExact(Value(TrainingInputs.CompletedOn), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date > clock.Today)
        {
            ruleErrors[TrainingInputs.CompletedOn] = refusals.For(TrainingHistoryEntry.CompletedInThePastRule);
        }

        var result = validator.Validate(form, request.Inputs, ruleErrors);
        if (!result.IsValid
            || Value(TrainingInputs.Person) is not { } person || Value(TrainingInputs.Title) is not { } title || Value(TrainingInputs.Provider) is not { } provider
            || !DateOnly.TryParseExact(Value(TrainingInputs.CompletedOn), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var completedOn))
        {
            return CardActionResult.Replace(result.Card);
        }

        try
        {
            var entry = TrainingHistoryEntry.RecordExternal(officer, person, title, provider, completedOn, clock);
            db.TrainingHistory.Add(entry);
            await db.SaveChangesAsync(cancellationToken);
            var name = form.Body.OfType<ChoiceSetInput>().SelectMany(c => c.Choices).FirstOrDefault(c => c.Value == person)?.Title ?? person;
            return CardActionResult.Replace(cards.OutsideRecorded(name, title, provider, completedOn));
        }
        catch (DomainRuleException ex)
        {
            // Reg. 21 history is of trainings done: a future date is refused beside the date field.
            return CardActionResult.Replace(validator.Validate(form, request.Inputs, new Dictionary<string, string> { [TrainingInputs.CompletedOn] = refusals.For(ex) }).Card);
        }
    }
}
