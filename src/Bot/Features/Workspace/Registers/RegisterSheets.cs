using ComplianceBot.Bot.Features.Administration;
using ComplianceBot.Bot.Features.Declarations;
using ComplianceBot.Bot.Resources.Workspace;
using Microsoft.Extensions.Localization;

namespace ComplianceBot.Bot.Features.Workspace.Registers;

/// <summary>
/// The attestation, trainings and participation exports (decision 145): the page's filter, every matching row, as typed
/// cells through <see cref="RegisterWorkbook.WriteSheet"/> (dates as dates, counts as numbers) with headers in the
/// page's language. The appointment is checked again before anything is read, and the download audited.
/// </summary>
public sealed class RegisterSheets(
    RegisterAudit audit, RegisterWorkbook workbook, PeopleLookup people, IStringLocalizer<RegistersStrings> text,
    AttestationRegisterQuery attestation, TrainingRegisterQuery trainings, ParticipationRegisterQuery participation)
{
    public async Task<byte[]> AttestationAsync(string officerAadObjectId, AttestationView view, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(view);
        var officer = await audit.RequireOfficerAsync(officerAadObjectId, ct);
        var campaigns = await attestation.CampaignsAsync(ct);
        var campaign = campaigns.FirstOrDefault(c => c.Id == view.Campaign) ?? (campaigns.Count > 0 ? campaigns[0] : null);
        IReadOnlyList<AttestationRow> rows = campaign is null ? [] : await attestation.RowsAsync(campaign.Id, view, ct);
        var persons = await people.FindAsync(rows.Select(r => r.EmployeeAadObjectId).Distinct(), ct);
        var file = workbook.WriteSheet(
            Headers("Attestation_Campaign", "Attestation_Person", "Registers_Department", "Attestation_State", "Attestation_AnsweredOn", "Attestation_Declaration", "Attestation_Reminders", "Attestation_LastReminder"),
            rows.Select(r => (IReadOnlyList<object?>)
            [
                campaign!.Year, persons.GetValueOrDefault(r.EmployeeAadObjectId)?.Name ?? r.EmployeeAadObjectId, r.Department,
                text[$"Attestation_State_{r.State}"].Value, r.RespondedAt, r.DeclarationNumber, r.ReminderCount, r.LastReminderAt,
            ]));
        await audit.ExportedAsync(officer, "Attestation", (view with { Campaign = campaign?.Id }).Describe(), rows.Count, ct);
        return file;
    }

    public async Task<byte[]> TrainingsAsync(string officerAadObjectId, TrainingView view, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(view);
        var officer = await audit.RequireOfficerAsync(officerAadObjectId, ct);
        var rows = await trainings.RowsAsync(view, ct);
        var file = workbook.WriteSheet(
            Headers("Trainings_Training", "Trainings_StartsAt", "Trainings_Duration", "Trainings_Place", "Trainings_Audience", "Trainings_Sessions", "Trainings_Seats", "Trainings_Attended"),
            rows.Select(r => (IReadOnlyList<object?>)
            [
                r.Title, r.StartsAt, r.DurationMinutes, r.IsOnline ? text["Trainings_Online"].Value : r.Room, r.Audience, r.Sessions, r.Seats, r.Attended,
            ]));
        await audit.ExportedAsync(officer, "Trainings", view.Describe(), rows.Count, ct);
        return file;
    }

    public async Task<byte[]> ParticipationAsync(string officerAadObjectId, ParticipationView view, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(view);
        var officer = await audit.RequireOfficerAsync(officerAadObjectId, ct);
        var rows = await participation.RowsAsync(view, ct);
        var persons = await people.FindAsync(rows.Select(r => r.PersonAadObjectId).Distinct(), ct);
        var file = workbook.WriteSheet(
            Headers("Participation_Person", "Participation_Process", "Participation_From", "Participation_To", "Participation_RecordedAt"),
            rows.Select(r => (IReadOnlyList<object?>)
            [
                persons.GetValueOrDefault(r.PersonAadObjectId)?.Name ?? r.PersonAadObjectId, r.UnitOrProcess, r.From, r.To, r.RecordedAt,
            ]));
        await audit.ExportedAsync(officer, "Participation", view.Describe(), rows.Count, ct);
        return file;
    }

    private string[] Headers(params string[] keys) => [.. keys.Select(k => text[k].Value)];
}
