// quick-start:begin
using Enf.ClusterProfiles.Assessment;

var assessor = new ProfileAssessor();
foreach (var file in Directory.GetFiles(args.Length > 0 ? args[0] : "docs/examples", "*.json"))
{
    // Raw JSON in, one result out: a malformed file is a finding with its line and column, never an exception.
    var result = assessor.AssessJson(File.ReadAllText(file));

    Console.WriteLine($"{result.Name ?? file}: {(result.Valid ? "valid" : "not valid")}, " +
        $"PRO {(result.Pro.Eligible ? "yes" : "no")} ({result.Pro.OptionalFilled} of {result.Pro.OptionalTotal} optional, " +
        $"{result.Pro.Needed} more needed), completeness {result.Completeness:P0}");
    foreach (var issue in result.Issues)
    {
        Console.WriteLine($"  {issue.Severity} {issue.Code} at {issue.Path} ({issue.Line}:{issue.Column}): {issue.Message}");
    }

    if (result.Pro.Suggestions.Count > 0)
    {
        Console.WriteLine($"  fill next: {string.Join(", ", result.Pro.Suggestions)}");
    }
}
// quick-start:end
