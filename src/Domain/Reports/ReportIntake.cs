using ComplianceBot.Domain.Declarations;
using ComplianceBot.Domain.Gifts;
using ComplianceBot.Domain.Persistence;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Domain.Reports;

/// <summary>A report just filed, with the passphrase to show the reporter once; only its hash is stored.</summary>
public sealed record FiledReport(ConfidentialReport Report, string Passphrase)
{
    public string CaseCode => Report.CaseCode;
}

/// <summary>Files confidential reports (Reg. 22.7). The caller adds the report to the context and saves.</summary>
public sealed class ReportIntake(PassphraseHasher hasher, IdentitySealer sealer, RegisterClock clock, IOptions<RegistersOptions> options)
{
    /// <summary>
    /// Files a report. A null identity files anonymously: nothing that links the report to the person is kept.
    /// A null passphrase is generated; a chosen one must be strong enough.
    /// </summary>
    public FiledReport File(ReportSubmission submission, ReporterIdentity? identity, string? chosenPassphrase = null)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var passphrase = chosenPassphrase ?? PassphraseGenerator.Generate();
        PassphraseGenerator.EnsureStrongEnough(passphrase);
        var settings = options.Value;
        var report = ConfidentialReport.File(
            submission, identity, hasher.Hash(passphrase), sealer, clock,
            (int)Math.Ceiling(settings.AcknowledgementDeadline.TotalDays), settings.FeedbackDeadlineMonths);
        return new FiledReport(report, passphrase.Trim());
    }

    /// <summary>
    /// Reg. 14.13, 14.15: opens the case of a gift the officer referred for investigation, with the report deadlines
    /// (Reg. 22.3). The caller adds it to the context, saves, and queues its notices as for a new report.
    /// </summary>
    public ConfidentialReport OpenForGiftReferral(GiftDeclaration declaration, DeclarationReviewer officer, string declarantName, bool declarantIsDirector)
    {
        var settings = options.Value;
        return ConfidentialReport.OpenForGiftReferral(declaration, officer, declarantName, declarantIsDirector, clock,
            (int)Math.Ceiling(settings.AcknowledgementDeadline.TotalDays), settings.FeedbackDeadlineMonths);
    }
}
