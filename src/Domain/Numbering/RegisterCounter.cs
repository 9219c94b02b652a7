using System.Globalization;

namespace ComplianceBot.Domain.Numbering;

/// <summary>
/// The last number given in one register and year. <see cref="LastValue"/> is a concurrency token:
/// two instances that read the same value cannot both save, the loser retries (RegistersDbContext).
/// </summary>
public sealed class RegisterCounter
{
    private RegisterCounter()
    {
    }

    internal RegisterCounter(RegisterKind register, int year)
    {
        Register = register;
        Year = year;
    }

    public RegisterKind Register { get; private set; }
    public int Year { get; private set; }
    public int LastValue { get; private set; }

    internal string Next()
    {
        LastValue++;
        return Format(Register, Year, LastValue);
    }

    public static string Format(RegisterKind register, int year, int value) =>
        string.Create(CultureInfo.InvariantCulture, $"{register}-{year:D4}-{value:D4}");
}
