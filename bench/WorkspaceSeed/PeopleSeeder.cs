namespace ComplianceBot.Bench.WorkspaceSeed;

/// <summary>
/// Employees (~20,000 in ~50 departments, a few leavers), three officers with active appointments and one whose term
/// ended, and the director (configured by id, as Organization:DirectorAadObjectId; not an officer, Reg. 24.5).
/// The ids the benchmark signs in with are fixed (an officer, the director, an employee), so a cached file and
/// bench/workspace.sh agree.
/// </summary>
internal static class PeopleSeeder
{
    public const string OfficerId = "0ff1ce00-0000-4000-8000-000000000001";
    public const string DirectorId = "d1000000-0000-4000-8000-000000000001";
    public const string EmployeeId = "e0000000-0000-4000-8000-000000000001";
    public const string TenantId = "development";

    private static readonly string[] FirstNames =
    [
        "Aigerim", "Aliya", "Askar", "Aruzhan", "Bauyrzhan", "Dana", "Dariga", "Daulet", "Yerlan", "Gulnara", "Zhanar", "Kairat",
        "Madina", "Marat", "Nurlan", "Saule", "Serik", "Timur", "Ulan", "Zarina", "Olga", "Sergei", "Irina", "Andrei",
    ];

    private static readonly string[] LastNames =
    [
        "Abenov", "Akhmetov", "Baimukhanov", "Dzhaksybekov", "Yesimov", "Zhakupov", "Ibraimov", "Kaliyev", "Kenzhebekov",
        "Mukanov", "Nurpeisov", "Omarov", "Sadykov", "Seitkali", "Tokayev", "Utegenov", "Khamitov", "Shaikenov", "Ivanov", "Petrov",
    ];

    private static readonly string[] Units =
    [
        "Procurement", "Finance", "Legal", "Human resources", "Information technology", "Production", "Logistics", "Sales",
        "Internal audit", "Security", "Maintenance", "Engineering", "Quality", "Safety", "Communications",
    ];

    private static readonly string[] Titles = ["Specialist", "Senior specialist", "Lead specialist", "Head of unit", "Engineer", "Manager"];

    public static void Seed(SeedContext seed)
    {
        var departments = Enumerable.Range(1, 50)
            .Select(i => $"{Units[(i - 1) % Units.Length]} department {i:D2}")
            .ToArray();
        var employees = seed.Writer("Employees",
            "AadObjectId", "TenantId", "DisplayName", "Department", "JobTitle", "PreferredLanguage", "ManagerAadObjectId", "Mail", "UpdatedAt", "LeftOn");
        var languages = new[] { "kk", "ru", "ru", "en" };
        Person? manager = null;
        var count = seed.Count(20_000);
        for (var i = 0; i < count; i++)
        {
            var first = seed.Pick(FirstNames);
            var last = seed.Pick(LastNames);
            var person = new Person(seed.NewId().ToString(), $"{first} {last} {i:D5}", departments[i % departments.Length]);
            manager = i % 40 == 0 ? person : manager;
            employees.Insert(person.AadObjectId, TenantId, person.DisplayName, person.Department, seed.Pick(Titles), seed.Pick(languages),
                person == manager ? null : manager!.AadObjectId, $"{first}.{last}.{i:D5}@bench.test".ToLowerInvariant(),
                seed.At(seed.PastDay()), seed.Chance(0.02) ? seed.PastDay(3) : null);
            seed.People.Add(person);
        }

        AddOfficersAndDirector(seed, employees);
    }

    private static void AddOfficersAndDirector(SeedContext seed, TableWriter employees)
    {
        var appointments = seed.Writer("OfficerAppointments",
            "Id", "OfficerAadObjectId", "DecisionNumber", "DecisionDate", "TermStart", "TermEnd", "RecordedBy", "RecordedAt", "TerminatedOn", "TerminatedBy");
        var officers = new[]
        {
            (OfficerId, "Saule Officer", seed.Today.AddYears(-2), seed.Today.AddYears(1), (DateOnly?)null),
            ("0ff1ce00-0000-4000-8000-000000000002", "Marat Officer", seed.Today.AddYears(-1), seed.Today.AddYears(2), null),
            ("0ff1ce00-0000-4000-8000-000000000003", "Dana Officer", seed.Today.AddMonths(-6), seed.Today.AddYears(2), null),
            ("0ff1ce00-0000-4000-8000-000000000004", "Askar Former Officer", seed.Today.AddYears(-3), seed.Today.AddYears(-1), null),
        };
        var number = 0;
        foreach (var (id, name, start, end, terminated) in officers)
        {
            var person = new Person(id, name, "Compliance service");
            employees.Insert(id, TenantId, name, person.Department, "Compliance officer", "ru", DirectorId, null, seed.At(start), null);
            appointments.Insert(seed.NewId(), id, $"Order No. {++number}-K", start.AddDays(-3), start, end, DirectorId, seed.At(start), terminated, null);
            if (end >= seed.Today)
            {
                seed.Officers.Add(person);
            }
        }

        employees.Insert(EmployeeId, TenantId, "Aliya Employee", "Procurement department 01", "Specialist", "en", null, "employee@bench.test",
            seed.At(seed.Today.AddYears(-1)), null);
        employees.Insert(DirectorId, TenantId, "Yerlan Director", "Management", "General director", "kk", null, "director@bench.test",
            seed.At(seed.Today.AddYears(-3)), null);
    }
}
