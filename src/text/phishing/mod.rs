//! Structure of phishing text: links and official domains, and the numbers
//! a text asks to be called or texted on.

pub mod contact;

pub mod structure;
