// Seeds a registers database (SQLite) for bench/workspace.sh: the app's own schema (its DbContext and migrations),
// then ~1,000,000 register rows by raw prepared INSERTs in one transaction, then reads a few rows back through the
// app's DbContext to prove the values are in the form the app reads.
// Usage: dotnet WorkspaceSeed.dll <database file> <identity key, base64 of 32 bytes> [scale, 1.0 = ~1,000,000 rows]
using System.Diagnostics;
using System.Globalization;
using ComplianceBot.Bench.WorkspaceSeed;
using ComplianceBot.Domain.Numbering;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Reports;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

if (args.Length < 2)
{
    Console.Error.WriteLine("usage: WorkspaceSeed <database file> <identity key (base64 of 32 bytes)> [scale]");
    return 2;
}

var path = Path.GetFullPath(args[0]);
var identityKeyText = args[1];
var scale = args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 1.0;
foreach (var file in new[] { path, path + "-wal", path + "-shm" })
{
    File.Delete(file);
}

var total = Stopwatch.StartNew();
var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();
var contextOptions = new DbContextOptionsBuilder<SqliteRegistersDbContext>()
    .UseSqlite(connectionString)
    .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
    .Options;
await using (var db = new SqliteRegistersDbContext(contextOptions))
{
    await db.Database.MigrateAsync();
}

var migrated = total.Elapsed;
var registersOptions = Options.Create(new RegistersOptions { IdentityEncryptionKey = identityKeyText });
// One passphrase hash for every report (the hash is deliberately slow: 600,000 iterations); follow-up is not measured.
var passphraseHash = new PassphraseHasher(registersOptions).Hash("bench passphrase words");

await using (var connection = new SqliteConnection(connectionString))
{
    connection.Open();
    using (var pragmas = connection.CreateCommand())
    {
        // The bot opens the file in WAL (SqliteConnectionSettings); the seed itself needs no durability until its commit.
        pragmas.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA cache_size=-262144; PRAGMA temp_store=MEMORY;";
        pragmas.ExecuteNonQuery();
    }

    using var transaction = connection.BeginTransaction();
    var seed = new SeedContext(connection, transaction, scale, DateTimeOffset.UtcNow);
    PeopleSeeder.Seed(seed);
    DeclarationSeeder.SeedGifts(seed);
    DeclarationSeeder.SeedConflicts(seed);
    ReportSeeder.Seed(seed, Convert.FromBase64String(identityKeyText), passphraseHash);
    CampaignSeeder.SeedAttestation(seed);
    CampaignSeeder.SeedTrainings(seed);
    CampaignSeeder.SeedParticipation(seed);
    // The counters the numbering continues from, so a filing made during the benchmark gets the next free number.
    var counters = seed.Writer("RegisterCounters", "Register", "Year", "LastValue");
    foreach (var ((kind, year), last) in seed.Numbers)
    {
        counters.Insert(kind, year, last);
    }

    transaction.Commit();
    var rows = seed.Writers.Sum(w => w.Rows);
    var registers = seed.Writers.Where(w => w.Table is not ("Employees" or "OfficerAppointments" or "RegisterCounters")).Sum(w => w.Rows);
    Console.WriteLine($"seeded {rows:N0} rows ({registers:N0} register rows besides people and counters) in {total.Elapsed.TotalSeconds:F1} s (schema {migrated.TotalSeconds:F1} s)");
    foreach (var writer in seed.Writers.OrderByDescending(w => w.Rows))
    {
        Console.WriteLine($"  {writer.Table,-32} {writer.Rows,10:N0}");
        writer.Dispose();
    }

    using var checkpoint = connection.CreateCommand();
    checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
    checkpoint.ExecuteNonQuery();
}

await using (var db = new SqliteRegistersDbContext(contextOptions))
{
    // Read back through the app's model: a value in a form EF Core cannot read (a Guid as a blob, a date in another
    // format, an unknown enum name) throws here rather than in a page during the benchmark.
    var overdue = await db.ConfidentialReports.AsNoTracking().Include(r => r.Transitions).Include(r => r.Messages)
        .Where(r => r.Status == ReportStatus.Received).OrderBy(r => r.AcknowledgeBy).Take(20).ToListAsync();
    var gifts = await db.GiftDeclarations.AsNoTracking().Include(g => g.Versions).OrderByDescending(g => g.FiledAt).Take(20).ToListAsync();
    var conflicts = await db.ConflictDeclarations.AsNoTracking().OrderBy(c => c.FiledAt).Take(20).ToListAsync();
    var participants = await db.AttestationParticipants.AsNoTracking().Take(20).ToListAsync();
    var seats = await db.TrainingSeats.AsNoTracking().Take(20).ToListAsync();
    var history = await db.TrainingHistory.AsNoTracking().Take(20).ToListAsync();
    var trainings = await db.Trainings.AsNoTracking().Include(t => t.Sessions).ThenInclude(s => s.Seats).OrderByDescending(t => t.StartsAt).Take(5).ToListAsync();
    var participation = await db.ParticipationRecords.AsNoTracking().OrderBy(r => r.From).Take(20).ToListAsync();
    var counters = await db.RegisterCounters.AsNoTracking().Where(c => c.Register == RegisterKind.G).CountAsync();
    var employees = await db.Employees.CountAsync();
    Console.WriteLine($"read back through the app's DbContext: {overdue.Count} received reports (oldest due {overdue.FirstOrDefault()?.AcknowledgeBy}), "
        + $"{gifts.Count} gifts ({gifts.Sum(g => g.Versions.Count)} versions), {conflicts.Count} conflicts, {participants.Count} participants, "
        + $"{seats.Count} seats, {history.Count} history rows, {trainings.Count} trainings ({trainings.Sum(t => t.Sessions.Sum(s => s.Seats.Count))} seats), "
        + $"{participation.Count} participation records, {counters} gift counters, {employees:N0} employees");
}

Console.WriteLine($"file {new FileInfo(path).Length / 1024 / 1024} MB, total {total.Elapsed.TotalSeconds:F1} s");
return 0;
