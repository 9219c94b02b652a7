using System.Globalization;
using ComplianceBot.Bot.Operations.Audit;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Audit;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplianceBot.Bot.Cli;

/// <summary>
/// <c>audit verify</c> (docs/administration.md, decision 120): walks the audit chain and every register row against
/// the latest head published outside the database, with the configuration the web host uses. Exit code 0 when all
/// is intact, 1 when something is broken (the first problem is named), 2 for a usage error.
/// </summary>
internal static class AuditCommands
{
    public const string Usage = "usage: ComplianceBot.Bot audit verify";
    public const int Broken = 1;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args is not ["audit", "verify", ..])
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }

        var builder = WebApplication.CreateBuilder(args.Skip(2).ToArray());
        builder.Services.AddRegisters(builder.Configuration);
        if (!string.IsNullOrWhiteSpace(builder.Configuration[$"{AuditOptions.SectionName}:{nameof(AuditOptions.HeadContainerUrl)}"]))
        {
            builder.Services.Replace(ServiceDescriptor.Singleton<IAuditHeadArchive, BlobAuditHeadArchive>());
        }

        await using var app = builder.Build();
        await using var scope = app.Services.CreateAsyncScope();
        var archive = scope.ServiceProvider.GetRequiredService<IAuditHeadArchive>();
        var published = await archive.ReadLatestAsync(CancellationToken.None);
        var result = await scope.ServiceProvider.GetRequiredService<AuditChainVerifier>().VerifyAsync(published);
        var head = published is null
            ? $"no head published yet in {archive.Location}: a deleted tail cannot be detected"
            : string.Create(CultureInfo.InvariantCulture, $"published head: entry {published.Sequence} of {published.PublishedAt:u} ({archive.Location})");
        if (result.IsIntact)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Audit chain intact: {result.EntriesChecked} entries, {result.RowsChecked} register rows; {head}."));
            return 0;
        }

        await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"AUDIT CHAIN BROKEN ({result.Finding}): {result.Problem}. Entry {result.FirstBrokenSequence?.ToString(CultureInfo.InvariantCulture) ?? "-"}, table {result.Table ?? "-"}, row {result.RowKey ?? "-"}; {result.EntriesChecked} entries verified before it; {head}."));
        return Broken;
    }
}
