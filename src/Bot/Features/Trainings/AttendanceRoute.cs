using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Conversation.Routing;
using ComplianceBot.Bot.Resources.DomainRules;
using ComplianceBot.Bot.Resources.Trainings;
using ComplianceBot.Domain;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ComplianceBot.Bot.Features.Trainings;

/// <summary>The officer records who attended a session; attended seats become training-history entries (Reg. 14.7, 21).</summary>
internal sealed class RecordAttendanceRoute(
    OfficerRoster roster, RegistersDbContext db, RegisterClock clock, TrainingCards cards, IStringLocalizer<TrainingStrings> text, DomainErrorText refusals) : ICardActionRoute
{
    public string Verb => TrainingVerbs.RecordAttendance;

    public async Task<CardActionResult> HandleAsync(CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ActiveOfficer officer;
        try
        {
            officer = await roster.RequireActiveAsync(request.Turn.Activity.From?.AadObjectId ?? "", cancellationToken);
        }
        catch (DomainRuleException)
        {
            return CardActionResult.Replace(cards.OfficersOnly());
        }

        var session = Guid.TryParse(request.Inputs.GetValueOrDefault(TrainingInputs.SessionId), out var id)
            ? await db.TrainingSessions.SingleOrDefaultAsync(s => s.Id == id, cancellationToken)
            : null;
        if (session is null)
        {
            return CardActionResult.Replace(cards.Problem(text.Require("Attendance_NotFound")));
        }

        var title = await db.Trainings.AsNoTracking().Where(t => t.Id == session.TrainingId).Select(t => t.Title).SingleAsync(cancellationToken);
        var attended = (request.Inputs.GetValueOrDefault(TrainingInputs.Attended) ?? "")
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        try
        {
            var history = session.RecordAttendance(officer, attended, title, clock);
            db.TrainingHistory.AddRange(history);
            await db.SaveChangesAsync(cancellationToken);
            return CardActionResult.Replace(cards.AttendanceRecorded(history.Count, session.Seats.Count));
        }
        catch (DomainRuleException ex)
        {
            return CardActionResult.Replace(cards.Problem(refusals.For(ex)));
        }
    }
}
