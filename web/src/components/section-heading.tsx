/**
 * What a document sets between two of its points (a provision's `heading`): each Markdown heading as a
 * heading, each other paragraph as a paragraph, so sections that restart their numbering read as sections.
 */
export function SectionHeading({ markdown }: { markdown: string }) {
  const blocks = markdown.split(/\n\s*\n/).filter((block) => block.trim() !== '');
  return (
    <div className="section-heading">
      {blocks.map((block, i) => {
        const heading = /^#{1,6}\s+(.*)$/s.exec(block.trim());
        return heading ? <h3 key={i}>{heading[1]}</h3> : <p key={i}>{block.trim()}</p>;
      })}
    </div>
  );
}
