using ComplianceBot.Bot.Cards.Catalog;
using ComplianceBot.Bot.Cards.Model;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Samples;
using ComplianceBot.Domain.Trainings;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Features.Trainings;

/// <summary>Sample data for the trainings cards, so <c>cards export</c> and the adaptivecards check cover them.</summary>
internal static class TrainingSamples
{
    public static readonly DateTimeOffset Now = new(2026, 3, 10, 4, 0, 0, TimeSpan.Zero);

    public static RegisterClock Clock { get; } = new(TimeProvider.System, Options.Create(new OrganizationOptions()));

    public static SessionView Session { get; } = new(
        Guid.Parse("6f1d7c3e-0000-4000-8000-000000000001"),
        1,
        Now.AddDays(7),
        [new SeatView("aad-1", SampleText.User("Aigerim S."), InvitationResponse.Accepted), new SeatView("aad-2", SampleText.User("Bolat K."), InvitationResponse.NoAnswer)]);
}

internal sealed class ScheduleTrainingFormEntry(ScheduleTrainingForm form) : ICardCatalogEntry
{
    public string Name => "training-form";

    public AdaptiveCard CreateSample() => form.Build(new DateOnly(2026, 3, 10), ["Finance", "Procurement"], [("aad-1", SampleText.User("Aigerim S.")), ("aad-2", SampleText.User("Bolat K."))]);
}

internal sealed class TrainingScheduledEntry(TrainingCards cards) : ICardCatalogEntry
{
    public string Name => "training-scheduled";

    public AdaptiveCard CreateSample() => cards.Scheduled(SampleText.User("Anti-corruption basics"), TrainingSamples.Now.AddDays(7), 2, 45, TrainingSamples.Clock);
}

internal sealed class TrainingReminderEntry(TrainingCards cards) : ICardCatalogEntry
{
    public string Name => "training-reminder";

    public AdaptiveCard CreateSample() => cards.Reminder(SampleText.User("Anti-corruption basics"), TrainingSamples.Now.AddDays(1), TrainingSamples.Clock);
}

internal sealed class TrainingSummaryEntry(TrainingCards cards) : ICardCatalogEntry
{
    public string Name => "training-summary";

    public AdaptiveCard CreateSample()
        => cards.Summary(SampleText.User("Anti-corruption basics"), TrainingSamples.Session, TrainingSamples.Clock);
}

internal sealed class TrainingAttendanceEntry(TrainingCards cards) : ICardCatalogEntry
{
    public string Name => "training-attendance";

    public AdaptiveCard CreateSample()
        => cards.AttendanceForm(SampleText.User("Anti-corruption basics"), TrainingSamples.Session, TrainingSamples.Clock);
}

internal sealed class TrainingOfficersOnlyEntry(TrainingCards cards) : ICardCatalogEntry
{
    public string Name => "training-officers-only";

    public AdaptiveCard CreateSample() => cards.OfficersOnly();
}

internal sealed class OutsideTrainingFormEntry(OutsideTrainingForm form) : ICardCatalogEntry
{
    public string Name => "training-outside-form";

    public AdaptiveCard CreateSample() => form.Build(new DateOnly(2026, 3, 10), [("aad-officer", SampleText.User("Dana O.")), ("aad-1", SampleText.User("Aigerim S."))]);
}

internal sealed class OutsideTrainingRecordedEntry(TrainingCards cards) : ICardCatalogEntry
{
    public string Name => "training-outside-recorded";

    public AdaptiveCard CreateSample() => cards.OutsideRecorded(SampleText.User("Dana O."), SampleText.User("Compliance officer certification"), SampleText.User("Anti-Corruption Agency academy"), new DateOnly(2026, 2, 20));
}
