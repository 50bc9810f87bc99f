using AccelLint.Bicep.Registry;

namespace AccelLint.Core.Tests.Registry;

/// <summary>The folder names Bicep gives tags in its module cache (the cases of Bicep's own TagEncoderTests).</summary>
public class TagEncoderTests
{
    [Theory]
    [InlineData("", "$")]
    [InlineData("v1", "v1$")]
    [InlineData("0.21.0", "0.21.0$")]
    [InlineData("V1", "V1$1")]
    [InlineData("AbCd", "AbCd$5")]
    [InlineData("ABCD", "ABCD$f")]
    [InlineData("ABCDABCDABCDABCDAB", "ABCDABCDABCDABCDAB$3ffff")]
    [InlineData("ABCDABCDABCDABCDABCDABCDABCDABCDA", "ABCDABCDABCDABCDABCDABCDABCDABCDA$1ffffffff")]
    [InlineData("ABCDABCDABCDABCDABCDABCDABCDABCDAbC", "ABCDABCDABCDABCDABCDABCDABCDABCDAbC$5ffffffff")]
    public void Tags_encode_as_the_Bicep_compiler_encodes_them(string tag, string expected) =>
        Assert.Equal(expected, TagEncoder.Encode(tag));

    [Fact]
    public void Upper_case_letters_past_64_characters_write_the_high_word_first_and_the_low_word_in_full()
    {
        string tag = new string('a', 64) + "A";
        Assert.Equal(tag + "$10000000000000000", TagEncoder.Encode(tag));
        Assert.Equal(new string('A', 128) + "$" + new string('f', 32), TagEncoder.Encode(new string('A', 128)));
    }

    [Fact]
    public void A_tag_longer_than_128_characters_has_no_folder() => Assert.Null(TagEncoder.Encode(new string('a', 129)));
}
