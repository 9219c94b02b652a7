using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;

namespace ComplianceBot.Domain.Tests.Attestation;

internal static class AttestationTestData
{
    public const string Finance = "Finance";
    public const string Procurement = "Procurement";

    /// <summary>Employees e-0..e-(n-1), alternating between Finance and Procurement.</summary>
    public static async Task SeedEmployeesAsync(RegistersDbContext db, int count, DateTimeOffset now)
    {
        for (var i = 0; i < count; i++)
        {
            var employee = Employee.Create($"e-{i}", "tenant-1", $"Employee {i}", "kk", now);
            employee.UpdateFromDirectory("tenant-1", $"Employee {i}", i % 2 == 0 ? Finance : Procurement, null, null, "kk", now);
            db.Employees.Add(employee);
        }

        await db.SaveChangesAsync();
    }
}
