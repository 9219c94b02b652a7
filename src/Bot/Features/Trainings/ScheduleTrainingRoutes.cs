using System.Globalization;
using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Cards.Forms;
using ComplianceBot.Bot.Conversation.Routing;
using ComplianceBot.Bot.Resources.DomainRules;
using ComplianceBot.Bot.Resources.Trainings;
using ComplianceBot.Domain;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Trainings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ComplianceBot.Bot.Features.Trainings;

/// <summary>"training" / "оқыту" / "обучение" → the form, for active officers only (Reg. 14.7).</summary>
internal sealed class ScheduleTrainingTextRoute(TrainingFormSource forms) : ITextCommandRoute
{
    public IReadOnlyCollection<string> Commands { get; } = ["training", "schedule training", "оқыту", "обучение", "тренинг"];

    public async Task HandleAsync(ConversationTurn turn, CancellationToken cancellationToken) =>
        await turn.SendCardAsync(await forms.FormOrRefusalAsync(turn, cancellationToken), cancellationToken);
}

internal sealed class ScheduleTrainingStartRoute(TrainingFormSource forms) : ICardActionRoute
{
    public string Verb => TrainingVerbs.Start;

    public async Task<CardActionResult> HandleAsync(CardActionRequest request, CancellationToken cancellationToken) =>
        CardActionResult.Post(await forms.FormOrRefusalAsync(request.Turn, cancellationToken));
}

/// <summary>Builds the form with the register's departments and people, or refuses someone who is not an officer.</summary>
internal sealed class TrainingFormSource(
    OfficerRoster roster, RegistersDbContext db, TrainingAudienceResolver audiences, RegisterClock clock, ScheduleTrainingForm form, TrainingCards cards)
{
    private const int MaxPeopleChoices = 500;

    public async Task<Cards.Model.AdaptiveCard> FormOrRefusalAsync(ConversationTurn turn, CancellationToken cancellationToken)
    {
        try
        {
            await roster.RequireActiveAsync(turn.Activity.From?.AadObjectId ?? "", cancellationToken);
        }
        catch (DomainRuleException)
        {
            return cards.OfficersOnly();
        }

        return await BuildAsync(cancellationToken);
    }

    public async Task<Cards.Model.AdaptiveCard> BuildAsync(CancellationToken cancellationToken)
    {
        var people = await db.Employees.AsNoTracking().Where(e => e.Mail != null).OrderBy(e => e.DisplayName)
            .Take(MaxPeopleChoices).Select(e => new { e.AadObjectId, e.DisplayName }).ToListAsync(cancellationToken);
        return form.Build(clock.Today, await audiences.DepartmentsAsync(cancellationToken), [.. people.Select(p => (p.AadObjectId, p.DisplayName))]);
    }
}

/// <summary>The form's submit: validates like every form, then records the training and queues its events.</summary>
internal sealed class ScheduleTrainingSubmitRoute(
    TrainingFormSource forms, FormValidator validator, OfficerRoster roster, TrainingScheduler scheduler, RegisterClock clock,
    TrainingCards cards, IStringLocalizer<TrainingStrings> text, DomainErrorText refusals) : ICardActionRoute
{
    public string Verb => TrainingVerbs.Schedule;

    public async Task<CardActionResult> HandleAsync(CardActionRequest request, CancellationToken cancellationToken)
    {
        ActiveOfficer officer;
        try
        {
            officer = await roster.RequireActiveAsync(request.Turn.Activity.From?.AadObjectId ?? "", cancellationToken);
        }
        catch (DomainRuleException)
        {
            return CardActionResult.Replace(cards.OfficersOnly());
        }

        var form = await forms.BuildAsync(cancellationToken);
        var inputs = request.Inputs;
        var ruleErrors = new Dictionary<string, string>(StringComparer.Ordinal);
        var plan = TryReadPlan(inputs, ruleErrors);
        var result = validator.Validate(form, inputs, ruleErrors);
        if (!result.IsValid || plan is null)
        {
            return CardActionResult.Replace(result.Card);
        }

        try
        {
            var training = await scheduler.ScheduleAsync(officer, plan, cancellationToken);
            return CardActionResult.Replace(cards.Scheduled(training.Title, training.StartsAt, training.Sessions.Count, training.Sessions.Sum(s => s.Seats.Count), clock));
        }
        catch (DomainRuleException ex)
        {
            var field = ex.Rule == Training.AudienceNotEmptyRule ? TrainingInputs.Audience
                : ex.Rule == Training.PlaceRequiredRule ? TrainingInputs.Room
                : ex.Rule == Training.DurationWithinLimitsRule ? TrainingInputs.Duration
                : TrainingInputs.Date;
            var message = refusals.For(ex);
            return CardActionResult.Replace(validator.Validate(form, inputs, new Dictionary<string, string> { [field] = message }).Card);
        }
    }

    private TrainingPlan? TryReadPlan(IReadOnlyDictionary<string, string?> inputs, Dictionary<string, string> errors)
    {
        string? Value(string id) => inputs.GetValueOrDefault(id)?.Trim() is { Length: > 0 } v ? v : null;
        string[] List(string id) => Value(id)?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];

        var online = Value(TrainingInputs.Place) != TrainingInputs.InRoom;
        if (!online && Value(TrainingInputs.Room) is null)
        {
            errors[TrainingInputs.Room] = refusals.For(Training.PlaceRequiredRule);
        }

        TrainingAudience? audience = Enum.TryParse<AudienceKind>(Value(TrainingInputs.Audience), out var kind) ? kind switch
        {
            AudienceKind.Departments => List(TrainingInputs.Departments) is { Length: > 0 } d ? TrainingAudience.ForDepartments(d) : Missing(TrainingInputs.Departments),
            AudienceKind.People => List(TrainingInputs.People) is { Length: > 0 } p ? TrainingAudience.ForPeople(p) : Missing(TrainingInputs.People),
            AudienceKind.NotTrainedRecently => int.TryParse(Value(TrainingInputs.Months), NumberStyles.Integer, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= TrainingAudience.MaxMonths
                ? TrainingAudience.NotTrainedWithin(m) : Missing(TrainingInputs.Months),
            _ => TrainingAudience.Everyone,
        } : null;

        DateTimeOffset? start = null;
        if (DateOnly.TryParseExact(Value(TrainingInputs.Date), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && TimeOnly.TryParseExact(Value(TrainingInputs.Time), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            // The officer types Asia/Almaty wall-clock time (Organization:TimeZone).
            var local = date.ToDateTime(time);
            start = new DateTimeOffset(local, clock.Zone.GetUtcOffset(local)).ToUniversalTime();
            if (start <= clock.Now)
            {
                errors[TrainingInputs.Time] = refusals.For(Training.StartMustBeInFutureRule);
            }
        }

        var duration = int.TryParse(Value(TrainingInputs.Duration), NumberStyles.Integer, CultureInfo.InvariantCulture, out var minutes) ? minutes : 0;
        return errors.Count == 0 && audience is not null && start is not null && Value(TrainingInputs.Title) is { } title && Value(TrainingInputs.Agenda) is { } agenda
            ? new TrainingPlan(title, agenda, start.Value, duration, online, Value(TrainingInputs.Room), audience)
            : null;

        TrainingAudience? Missing(string id)
        {
            errors[id] = text.Require("Rule_AudienceChoiceRequired");
            return null;
        }
    }
}
