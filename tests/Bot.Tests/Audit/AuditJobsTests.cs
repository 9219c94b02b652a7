using ComplianceBot.Bot.Operations.Audit;
using ComplianceBot.Bot.Tests.Features.Reports;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Audit;
using ComplianceBot.Domain.Outbox;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Graph;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplianceBot.Bot.Tests.Audit;

// Decision 120: the head is published outside the database and mailed to the officers; a break alerts them.
public sealed class AuditJobsTests
{
    [Fact]
    public async Task PublicationJob_RunOnce_WritesTheHeadLocallyAndMailsItToTheOfficerInTheirLanguage()
    {
        var mail = new RecordingMailSender();
        using var app = new ReportsAppFactory { TestServices = s => s.Replace(ServiceDescriptor.Singleton<IMailSender>(mail)) };
        _ = app.CreateClient();
        await app.AppointOfficerAsync();
        await AddOfficerMailAsync(app, "ru");

        Assert.True(await app.Services.GetRequiredService<AuditHeadPublicationJob>().RunOnceAsync(CancellationToken.None));

        var head = await app.Services.GetRequiredService<IAuditHeadArchive>().ReadLatestAsync(CancellationToken.None);
        Assert.NotNull(head);
        Assert.Equal(Path.Combine(app.DataFolder, LocalAuditHeadArchive.FileName), app.Services.GetRequiredService<IAuditHeadArchive>().Location);
        var message = await WithDbAsync(app, db => db.OutboxMessages.SingleAsync(m => m.Kind == OutboxKinds.AuditHeadMail));
        Assert.Equal(ReportsAppFactory.Officer, message.Recipient);
        var sent = await mail.FirstAsync();
        Assert.Equal(["officer@example.test"], sent.To);
        Assert.Equal($"Комплаенс-бот: журнал аудита на записи {head.Sequence}", sent.Subject);
        Assert.Contains(head.Hash, sent.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerificationJob_RegisterRowEdited_QueuesAnAlertNamingTheTable()
    {
        var mail = new RecordingMailSender();
        using var app = new ReportsAppFactory { TestServices = s => s.Replace(ServiceDescriptor.Singleton<IMailSender>(mail)) };
        _ = app.CreateClient();
        await app.AppointOfficerAsync();
        await AddOfficerMailAsync(app, "en");
        await WithDbAsync(app, db => db.Database.ExecuteSqlRawAsync("UPDATE OfficerAppointments SET DecisionNumber = 'D-8/2026'"));

        Assert.True(await app.Services.GetRequiredService<AuditVerificationJob>().RunOnceAsync(CancellationToken.None));

        var message = await WithDbAsync(app, db => db.OutboxMessages.SingleAsync(m => m.Kind == OutboxKinds.AuditAlertMail));
        Assert.Equal(ReportsAppFactory.Officer, message.Recipient);
        var sent = await mail.FirstAsync();
        Assert.Equal("Compliance bot: audit trail verification FAILED", sent.Subject);
        Assert.Contains("a register row was edited", sent.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("table OfficerAppointments", sent.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerificationJob_IntactChain_QueuesNoAlert()
    {
        using var app = new ReportsAppFactory();
        _ = app.CreateClient();
        await app.AppointOfficerAsync();

        Assert.True(await app.Services.GetRequiredService<AuditVerificationJob>().RunOnceAsync(CancellationToken.None));

        Assert.False(await WithDbAsync(app, db => db.OutboxMessages.AnyAsync(m => m.Kind == OutboxKinds.AuditAlertMail)));
    }

    private static async Task AddOfficerMailAsync(ReportsAppFactory app, string language)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
        var now = scope.ServiceProvider.GetRequiredService<RegisterClock>().Now;
        var officer = Employee.Create(ReportsAppFactory.Officer, "tenant-1", "Officer Olzhas", language, now);
        officer.UpdateMail("officer@example.test", now);
        db.Employees.Add(officer);
        await db.SaveChangesAsync();
    }

    private static async Task<T> WithDbAsync<T>(ReportsAppFactory app, Func<RegistersDbContext, Task<T>> read)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<RegistersDbContext>());
    }

    /// <summary>Records what the host's own outbox worker sends.</summary>
    private sealed class RecordingMailSender : IMailSender
    {
        private readonly TaskCompletionSource<OutgoingMail> _first = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public List<OutgoingMail> Sent { get; } = [];

        public Task<OutgoingMail> FirstAsync() => _first.Task.WaitAsync(TimeSpan.FromSeconds(30));

        public Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
        {
            lock (Sent)
            {
                Sent.Add(mail);
            }

            _first.TrySetResult(mail);

            return Task.CompletedTask;
        }
    }
}
