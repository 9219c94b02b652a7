using ComplianceBot.Domain.Audit;
using ComplianceBot.Domain.Persistence;

namespace ComplianceBot.Domain.People;

/// <summary>
/// The directory sync's record of a person leaving or coming back (decision 132). The row stays (Inv. 4); each change
/// of <see cref="Employee.LeftOn"/> is chained into the audit trail in the same save, actor "directory".
/// </summary>
public static class EmployeeDepartures
{
    public const string DirectoryActor = "directory";
    public const string LeftAction = "EmployeeLeft";
    public const string ReturnedAction = "EmployeeReturned";

    /// <summary>Marks <paramref name="employee"/> as left on <paramref name="day"/> unless already marked.</summary>
    public static void RecordLeft(RegistersDbContext db, Employee employee, DateOnly day, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(employee);
        if (employee.MarkLeft(day, now))
        {
            db.RecordAudit(new PendingAudit(DirectoryActor, LeftAction, nameof(Employee), employee.AadObjectId, day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), now));
        }
    }

    /// <summary>Clears the mark when the directory reports the account enabled again.</summary>
    public static void RecordReturn(RegistersDbContext db, Employee employee, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(employee);
        if (employee.MarkReturned(now))
        {
            db.RecordAudit(new PendingAudit(DirectoryActor, ReturnedAction, nameof(Employee), employee.AadObjectId, null, now));
        }
    }
}
