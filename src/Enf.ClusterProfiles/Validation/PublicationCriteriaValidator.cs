using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Model;
using FluentValidation;

namespace Enf.ClusterProfiles.Validation;

/// <summary>
/// ECCP's publication criteria for a cluster organisation in an EU/COSME country, each a warning with its
/// own code: management of at least 0.5 FTE, at least 15 members, members of at least two triple-helix types
/// (industry, research and education, public bodies, civil society), an English-language website (ECCP's
/// limits, which <see cref="PublicationThresholds"/> can change). All are
/// waived, with an information note saying so, when the cluster belongs to a cluster programme
/// (<c>supportProgrammes</c> is filled). The fields are those of the catalogue in use: a criterion whose field
/// an integrator switched off is not checked.
/// </summary>
public sealed class PublicationCriteriaValidator : AbstractValidator<ClusterProfile>
{
    private readonly FieldCatalog catalog;

    /// <summary>Creates the validator for the catalogue of profile version 1 and ECCP's limits.</summary>
    public PublicationCriteriaValidator()
        : this(FieldCatalog.Version1)
    {
    }

    /// <summary>Creates the validator for a catalogue.</summary>
    /// <param name="catalog">The catalogue in use, with any requirement changes applied.</param>
    /// <param name="thresholds">The criteria's limits; ECCP's when <see langword="null"/>.</param>
    public PublicationCriteriaValidator(FieldCatalog catalog, PublicationThresholds? thresholds = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        this.catalog = catalog;
        Rules = BuildRules(catalog, thresholds ?? new PublicationThresholds());
        Rules.AddTo(this, catalog, ValidationClock.TodayOrSystem);
    }

    /// <summary>The rules themselves, which the assessor runs without FluentValidation's per-run objects.</summary>
    internal RuleSet Rules { get; }

    /// <summary>Whether the criteria are waived for <paramref name="profile"/> under this validator's catalogue: the cluster belongs to a cluster programme.</summary>
    /// <param name="profile">The profile.</param>
    public bool IsWaivedFor(ClusterProfile profile) => PublicationCriteria.IsWaived(profile, catalog);

    /// <summary>The publication criteria of a catalogue as rules (warnings and notes, never errors).</summary>
    internal static RuleSet BuildRules(FieldCatalog catalog, PublicationThresholds thresholds)
    {
        var rules = new RuleSet();
        var fte = PublicationCriteria.Used(catalog, FieldPaths.ManagementFte);
        var members = PublicationCriteria.Used(catalog, FieldPaths.Members);
        var website = PublicationCriteria.Used(catalog, FieldPaths.Website);
        var programmes = PublicationCriteria.Used(catalog, FieldPaths.SupportProgrammes);
        var (minimumFte, minimumMembers, minimumTypes) = (thresholds.MinimumManagementFte, thresholds.MinimumMembers, thresholds.MinimumMemberTypes);

        rules.Add((profile, run) =>
        {
            if (!PublicationCriteria.Apply(profile))
            {
                return;
            }

            if (PublicationCriteria.IsWaived(profile, catalog))
            {
                if (programmes is not null)
                {
                    run.Note(programmes, programmes.Path, IssueCodes.PublicationWaived, IssueSeverity.Info, profile.SupportProgrammes);
                }

                return;
            }

            if (fte is not null && !(profile.ManagementFte >= minimumFte))
            {
                run.Unmet(PublicationCriterion.ManagementFte, fte, profile.ManagementFte, ("Minimum", minimumFte));
            }

            if (members is not null && (profile.Members?.Total ?? 0) is var total && total < minimumMembers)
            {
                run.Unmet(PublicationCriterion.Members, members, total, ("Minimum", minimumMembers));
            }

            if (members is not null && (profile.Members?.HelixTypes ?? 0) is var types && types < minimumTypes)
            {
                run.Unmet(PublicationCriterion.TripleHelix, members, types, ("Minimum", minimumTypes));
            }

            if (website is not null && !ValueChecks.IsHttpUrl(profile.Website))
            {
                run.Unmet(PublicationCriterion.Website, website, profile.Website);
            }
        });
        return rules;
    }
}
