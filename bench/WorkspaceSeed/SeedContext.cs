using ComplianceBot.Domain.Choices;
using ComplianceBot.Domain.Numbering;
using Microsoft.Data.Sqlite;

namespace ComplianceBot.Bench.WorkspaceSeed;

/// <summary>A seeded person: the directory's object id, name and department.</summary>
internal sealed record Person(string AadObjectId, string DisplayName, string Department);

/// <summary>
/// What every seeder shares: the open transaction, one seeded <see cref="Random"/> (the same registers on every run),
/// "now", the people, the officers, and the register numbers handed out per kind and year.
/// </summary>
internal sealed class SeedContext(SqliteConnection connection, SqliteTransaction transaction, double scale, DateTimeOffset now)
{
    /// <summary>Three years back from now: the span the seeded dates cover.</summary>
    public const int SpanDays = 3 * 365;

    private readonly List<TableWriter> _writers = [];
    private readonly Dictionary<(RegisterKind, int), int> _numbers = [];

    public Random Random { get; } = new(18);

    public DateTimeOffset Now { get; } = now;

    public DateOnly Today { get; } = DateOnly.FromDateTime(now.UtcDateTime);

    public List<Person> People { get; } = [];

    public List<Person> Officers { get; } = [];

    /// <summary>The conflict declarations' numbers by year, for the attestation answers that declared one.</summary>
    public Dictionary<int, List<string>> ConflictNumbers { get; } = [];

    public IReadOnlyList<string> Categories { get; } = Keys(ChoiceList.Categories);

    public IReadOnlyList<string> Outcomes { get; } = Keys(ChoiceList.Outcomes);

    public IReadOnlyList<string> ConflictAreas { get; } = Keys(ChoiceList.ConflictAreas);

    public IReadOnlyList<string> ConflictMeasures { get; } = Keys(ChoiceList.ConflictMeasures);

    public IReadOnlyDictionary<(RegisterKind Kind, int Year), int> Numbers => _numbers;

    public IReadOnlyList<TableWriter> Writers => _writers;

    /// <summary>The count at full scale (1,000,000 rows in all) times the scale asked for, at least one.</summary>
    public int Count(int atFullScale) => Math.Max(1, (int)Math.Round(atFullScale * scale));

    public TableWriter Writer(string table, params string[] columns)
    {
        var existing = _writers.Find(w => w.Table == table);
        if (existing is not null)
        {
            return existing;
        }

        var writer = new TableWriter(connection, transaction, table, columns);
        _writers.Add(writer);
        return writer;
    }

    /// <summary>The next register number for the kind in that year, as <see cref="RegisterCounter.Format"/> writes it.</summary>
    public string NextNumber(RegisterKind kind, int year)
    {
        var value = _numbers.GetValueOrDefault((kind, year)) + 1;
        _numbers[(kind, year)] = value;
        return RegisterCounter.Format(kind, year, value);
    }

    public Guid NewId()
    {
        Span<byte> bytes = stackalloc byte[16];
        Random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    /// <summary>A day in the last three years; with <paramref name="recentBias"/> &gt; 1 more of them recent (growing use).</summary>
    public DateOnly PastDay(double recentBias = 1.5)
    {
        var back = (int)(Math.Pow(Random.NextDouble(), recentBias) * SpanDays);
        return Today.AddDays(-back);
    }

    /// <summary>An instant on that day in working hours (Asia/Almaty is UTC+5: 09:00–18:00 there).</summary>
    public DateTimeOffset At(DateOnly day, int plusDays = 0)
    {
        var at = new DateTimeOffset(day.AddDays(plusDays).ToDateTime(new TimeOnly(4, 0)), TimeSpan.Zero).AddMinutes(Random.Next(0, 9 * 60));
        return at > Now ? Now.AddMinutes(-Random.Next(1, 120)) : at;
    }

    /// <summary>
    /// <paramref name="count"/> days in the last three years in calendar order, so register numbers and row order follow
    /// the filing order as in a register that grew over time.
    /// </summary>
    public DateOnly[] PastDays(int count, double recentBias)
    {
        var days = new DateOnly[count];
        for (var i = 0; i < count; i++)
        {
            days[i] = PastDay(recentBias);
        }

        Array.Sort(days);
        return days;
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[Random.Next(items.Count)];

    public Person AnyPerson() => People[Random.Next(People.Count)];

    public Person AnyOfficer() => Officers[Random.Next(Officers.Count)];

    public bool Chance(double probability) => Random.NextDouble() < probability;

    private static string[] Keys(ChoiceList list) => [.. RegisterChoiceDefaults.For(list).Select(c => c.Key)];
}
