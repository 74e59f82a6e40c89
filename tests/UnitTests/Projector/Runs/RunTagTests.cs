using MassTransit;
using MassTransit.Serialization;
using OmniCharts.Projector.Runs;
using OmniCharts.ReadModel.Keys;
using OmniCharts.ReadModel.Runs;

namespace OmniCharts.UnitTests.Projector.Runs;

public sealed class RunTagTests
{
    [Theory]
    [InlineData(41L)]
    [InlineData(41)]
    [InlineData("41")]
    public void A_number_reads_whatever_integer_type_the_header_came_back_as(object sequence)
    {
        Assert.Equal(new RunTag("r", new RunNumbers(41, 1)), RunTag.Of(Headers(("r", sequence, null))));
    }

    [Fact]
    public void An_envelope_carries_its_count_and_numbers_its_events_in_order()
    {
        var tag = RunTag.Of(Headers(("r", 100L, 3)))!.Value;

        Assert.Equal(new RunNumbers(100, 3), tag.Numbers);
        Assert.Equal(new RunNumbers(102, 1), tag.Event(2));
    }

    [Fact]
    public void Without_a_run_id_or_a_number_there_is_no_tag()
    {
        Assert.Null(RunTag.Of(Headers((null, 4L, null))));
        Assert.Null(RunTag.Of(Headers(("r", null, null))));
        Assert.Null(RunTag.Of(Headers(("r", -1L, null))));
    }

    private static DictionarySendHeaders Headers((string? RunId, object? Sequence, int? Count) run)
    {
        var headers = new DictionarySendHeaders();
        if (run.RunId is not null)
            headers.Set(RunField.Header, run.RunId);
        if (run.Sequence is not null)
            headers.Set(RunField.SequenceHeader, run.Sequence);
        if (run.Count is not null)
            headers.Set(RunField.CountHeader, run.Count);
        return headers;
    }
}
