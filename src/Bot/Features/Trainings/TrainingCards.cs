using System.Globalization;
using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Cards.Model;
using ComplianceBot.Bot.Resources.Trainings;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Trainings;
using Microsoft.Extensions.Localization;

namespace ComplianceBot.Bot.Features.Trainings;

/// <summary>The trainings flow's cards other than the form: receipt, reminder, response summary, attendance.</summary>
public sealed class TrainingCards(IStringLocalizer<TrainingStrings> text)
{
    public AdaptiveCard OfficersOnly() => Card(Heading(text.Require("OfficersOnly_Title")), Paragraph(text.Require("OfficersOnly_Body")));

    public AdaptiveCard Scheduled(string title, DateTimeOffset startsAt, int sessions, int invited, RegisterClock clock) =>
        Card(
            Heading(text.Require("Scheduled_Title")),
            new FactSet
            {
                Facts =
                [
                    new Fact(text.Require("Field_Title"), title),
                    new Fact(text.Require("Field_Date"), Local(startsAt, clock)),
                    new Fact(text.Require("Scheduled_Sessions"), sessions.ToString(CultureInfo.CurrentCulture)),
                    new Fact(text.Require("Scheduled_Invited"), invited.ToString(CultureInfo.CurrentCulture)),
                ],
            },
            Paragraph(text.Require("Scheduled_Body")));

    /// <summary>To an invitee who has not answered (Reg. 14.7); the invitation itself is in Outlook.</summary>
    public AdaptiveCard Reminder(string title, DateTimeOffset startsAt, RegisterClock clock) => Card(
        Heading(text.Require("Reminder_Title")),
        Paragraph(text.Require("Reminder_Body", title, Local(startsAt, clock))));

    /// <summary>To the officer before the session: accepted / declined / no answer.</summary>
    public AdaptiveCard Summary(string title, SessionView session, RegisterClock clock)
    {
        ArgumentNullException.ThrowIfNull(session);
        int Count(params InvitationResponse[] responses) => session.Seats.Count(s => responses.Contains(s.Response));
        return Card(
            Heading(text.Require("Summary_Title", title, session.Number)),
            Paragraph(Local(session.StartsAt, clock)),
            new FactSet
            {
                Facts =
                [
                    new Fact(text.Require("Summary_Accepted"), Count(InvitationResponse.Accepted, InvitationResponse.Tentative).ToString(CultureInfo.CurrentCulture)),
                    new Fact(text.Require("Summary_Declined"), Count(InvitationResponse.Declined).ToString(CultureInfo.CurrentCulture)),
                    new Fact(text.Require("Summary_NoAnswer"), Count(InvitationResponse.NoAnswer).ToString(CultureInfo.CurrentCulture)),
                ],
            });
    }

    /// <summary>After the session: who attended, pre-filled with those who accepted (Reg. 14.7, 21).</summary>
    public AdaptiveCard AttendanceForm(string title, SessionView session, RegisterClock clock)
    {
        ArgumentNullException.ThrowIfNull(session);
        var accepted = session.Seats.Where(s => s.Response is InvitationResponse.Accepted or InvitationResponse.Tentative).Select(s => s.AadObjectId);
        return Card(
            Heading(text.Require("Attendance_Title", title, session.Number)),
            Paragraph(Local(session.StartsAt, clock)),
            new ChoiceSetInput
            {
                Id = TrainingInputs.Attended,
                IsMultiSelect = true,
                Style = ChoiceInputStyle.Expanded,
                Label = text.Require("Attendance_Label"),
                Value = string.Join(',', accepted),
                Choices = [.. session.Seats.OrderBy(s => s.Name, StringComparer.CurrentCulture).Select(s => new Choice(s.Name, s.AadObjectId))],
            },
            new ActionSet
            {
                Actions =
                [
                    CardActions.Execute(
                        text.Require("Attendance_Submit"),
                        TrainingVerbs.RecordAttendance,
                        new Dictionary<string, string> { [TrainingInputs.SessionId] = session.Id.ToString() },
                        ActionStyle.Positive),
                ],
            });
    }

    public AdaptiveCard AttendanceRecorded(int attended, int invited) => Card(
        Heading(text.Require("AttendanceRecorded_Title")),
        Paragraph(text.Require("AttendanceRecorded_Body", attended, invited)));

    /// <summary>The receipt of an outside training (Reg. 21), with a button to record the next one.</summary>
    public AdaptiveCard OutsideRecorded(string person, string title, string provider, DateOnly completedOn)
    {
        var card = Card(
            Heading(text.Require("OutsideRecorded_Title")),
            new FactSet
            {
                Facts =
                [
                    new Fact(text.Require("Outside_Person"), person),
                    new Fact(text.Require("Outside_TrainingTitle"), title),
                    new Fact(text.Require("Outside_Provider"), provider),
                    new Fact(text.Require("Outside_CompletedOn"), completedOn.ToString("d", CultureInfo.CurrentCulture)),
                ],
            },
            Paragraph(text.Require("OutsideRecorded_Body")));
        card.Body.Add(new ActionSet { Actions = [CardActions.Navigate(text.Require("Outside_Another"), TrainingVerbs.OutsideStart)] });
        return card;
    }

    public AdaptiveCard Problem(string message) => Card(new TextBlock(message) { Wrap = true, Color = TextColor.Attention });

    private static string Local(DateTimeOffset instant, RegisterClock clock) =>
        TimeZoneInfo.ConvertTime(instant, clock.Zone).ToString("g", CultureInfo.CurrentCulture);

    private static AdaptiveCard Card(params CardElement[] elements)
    {
        var card = new AdaptiveCard();
        card.Body.AddRange(elements);
        return card;
    }

    private static TextBlock Heading(string value) => new(value) { Style = TextBlockStyle.Heading, Weight = TextWeight.Bolder, Wrap = true };

    private static TextBlock Paragraph(string value) => new(value) { Wrap = true };
}
