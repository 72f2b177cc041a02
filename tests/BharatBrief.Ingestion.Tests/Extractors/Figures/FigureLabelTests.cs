using BharatBrief.Ingestion.Extractors.Figures;
using BharatBrief.Ingestion.Gazetteers;

namespace BharatBrief.Ingestion.Tests.Extractors.Figures;

/// <summary>Which figures may lead the home page: labelled so a reader knows what they measure, and about India and Russia.</summary>
public sealed class FigureLabelTests
{
    [Theory]
    [InlineData("bilateral trade", true)]
    [InlineData("India's crude imports from Russia", true)]
    [InlineData("AK-203 assault rifles", true)]
    [InlineData("adds", false)]
    [InlineData("amount", false)]
    [InlineData("cent", false)]
    [InlineData("far from the goal", false)]
    [InlineData("Indian exports to the United States", false)]
    [InlineData("China's purchases", false)]
    public void A_figure_leads_only_with_a_readable_label_about_the_two_countries(string label, bool mayLead) =>
        Assert.Equal(mayLead, FigureLabels.MayLead(label, Gazetteer.Default));
}
