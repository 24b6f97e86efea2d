"""Writers: outline → .docx (GB/T 9704-2012) or Markdown preview."""
