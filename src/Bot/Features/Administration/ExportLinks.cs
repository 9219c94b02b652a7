using ComplianceBot.Bot.Conversation.Language;
using System.Text.Json;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Audit;
using ComplianceBot.Domain.Declarations;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ComplianceBot.Bot.Features.Declarations;

namespace ComplianceBot.Bot.Features.Administration;

/// <summary>
/// Register exports: a link for one active officer, valid for Declarations:ExportLinkLifetime and for one download,
/// <c>/exports#{token}</c>: the token is in the fragment, which the browser never sends, and the page served at
/// <c>/exports</c> posts it in the body (<see cref="ExportEndpoint"/>), so it reaches no request log. Creating and
/// downloading are both audited (design.md, decision 3); the download needs the officer's browser sign-in
/// (decision 122). See docs/decisions/073, 121 and 122.
/// </summary>
public sealed class ExportLinks(
    RegistersDbContext db, OfficerRoster roster, RegisterClock clock, RegisterQuery query, PeopleLookup people, RegisterWorkbook workbook,
    IOptions<DeclarationOptions> options, IServiceProvider services, ILogger<ExportLinks> logger)
{
    public const string Path = "/exports";

    public async Task<(Uri Url, DateTimeOffset ExpiresAt)> CreateAsync(string officerAadObjectId, RegisterFilter filter, CancellationToken cancellationToken)
    {
        var officer = await roster.RequireActiveAsync(officerAadObjectId, cancellationToken);
        var (link, token) = RegisterExportLink.Create(officer, JsonSerializer.Serialize(filter), options.Value.ExportLinkLifetime, clock.Now);
        db.RegisterExportLinks.Add(link);
        db.RecordAudit(new PendingAudit(officer.AadObjectId, "RegisterExportCreated", nameof(RegisterExportLink), link.Id.ToString(), Describe(filter), clock.Now));
        await db.SaveChangesAsync(cancellationToken);
        return (new Uri(BaseUrl(), Path + "#" + token), link.ExpiresAt);
    }

    /// <summary>
    /// The workbook for a valid token, once, and only to the officer the link was issued to, signed in as
    /// <paramref name="signedInAadObjectId"/> (decision 122). Someone else signed in is refused BEFORE the link is
    /// consumed, so it still works for its owner; the refusal is audited. The link is consumed by a single
    /// conditional DELETE, so of two requests racing with the same token only one gets the file.
    /// </summary>
    public async Task<ExportOpening> OpenAsync(string token, string signedInAadObjectId, CancellationToken cancellationToken)
    {
        var hash = RegisterExportLink.Hash(token);
        var link = await db.RegisterExportLinks.AsNoTracking().SingleOrDefaultAsync(l => l.TokenHash == hash, cancellationToken);
        if (link is null || !link.IsValidAt(clock.Now))
        {
            return ExportOpening.NotFound;
        }

        if (!string.Equals(link.OfficerAadObjectId, signedInAadObjectId, StringComparison.Ordinal))
        {
            db.RecordAudit(new PendingAudit(signedInAadObjectId, "RegisterExportRefused", nameof(RegisterExportLink), link.Id.ToString(), "signed in as another person", clock.Now));
            await db.SaveChangesAsync(cancellationToken);
            return ExportOpening.NotYours;
        }

        try
        {
            await roster.RequireActiveAsync(link.OfficerAadObjectId, cancellationToken);
        }
        catch (DomainRuleException)
        {
            return ExportOpening.NotFound;
        }

        if (await db.RegisterExportLinks.Where(l => l.Id == link.Id && l.TokenHash == hash).ExecuteDeleteAsync(cancellationToken) != 1)
        {
            return ExportOpening.NotFound;
        }

        var filter = JsonSerializer.Deserialize<RegisterFilter>(link.Filter)!;
        var rows = await query.RowsAsync(filter, cancellationToken);
        var officer = await people.FindAsync(link.OfficerAadObjectId, cancellationToken);
        var persons = await people.FindAsync(rows.Select(r => r.DeclarantAadObjectId), cancellationToken);
        byte[] file;
        using (CultureScope.Enter(officer.Language))
        {
            file = workbook.Write(rows, persons);
        }

        db.RecordAudit(new PendingAudit(link.OfficerAadObjectId, "RegisterExportDownloaded", nameof(RegisterExportLink), link.Id.ToString(), $"rows {rows.Count}", clock.Now));
        await db.SaveChangesAsync(cancellationToken);
        AdministrationLog.Exported(logger, filter.Type, rows.Count);
        return new ExportOpening(ExportOutcome.File, file);
    }

    internal static string Describe(RegisterFilter filter) =>
        $"type {filter.Type?.ToString() ?? "all"}, status {filter.Status?.ToString() ?? "all"}, from {filter.From:O}, to {filter.To:O}, department {(filter.Department is null ? "all" : "set")}";

    /// <summary>Declarations:PublicBaseUrl, else the address this host listens on (development).</summary>
    private Uri BaseUrl()
    {
        if (options.Value.PublicBaseUrl is { } configured)
        {
            return configured;
        }

        var address = services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        return new Uri(address?.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal)
            ?? throw new InvalidOperationException("Declarations:PublicBaseUrl is required to build export links."));
    }
}

public enum ExportOutcome
{
    File,
    NotFound,
    NotYours,
}

/// <summary>What opening an export link gave: the workbook, or why not.</summary>
public sealed record ExportOpening(ExportOutcome Outcome, byte[]? File = null)
{
    public static readonly ExportOpening NotFound = new(ExportOutcome.NotFound);
    public static readonly ExportOpening NotYours = new(ExportOutcome.NotYours);
}
